qrWords({"发表":["fā biǎo",["(test sense of 发表)"],3],"已":["yǐ",["(test sense of 已)"],3],"篇":["piān",["(test sense of 篇)"],2],"这":["zhè",["(test sense of 这)"],1]});

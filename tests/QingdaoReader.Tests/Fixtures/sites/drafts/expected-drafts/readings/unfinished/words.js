qrWords({"是":["shì",["(test sense of 是)"],1],"篇":["piān",["(test sense of 篇)"],2],"草稿":["cǎo gǎo",["(test sense of 草稿)"],0],"这":["zhè",["(test sense of 这)"],1]});

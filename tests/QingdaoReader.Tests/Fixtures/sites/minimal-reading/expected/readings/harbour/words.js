qrWords({"大":["dà",["(test sense of 大)"],1],"很":["hěn",["(test sense of 很)"],1],"港口":["gǎng kǒu",["(test sense of 港口)"],6],"青岛":["Qīng dǎo",["(test sense of 青岛)"],0]});

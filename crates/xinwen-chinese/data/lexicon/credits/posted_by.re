# A poster's handle opening a line, then when they posted (`小河流水 发表于 2020-2-1`,
# `riverman 发表于 2020-2-1`), on a line that is no sentence. Group 1: the handle.
# It needs a word of credits/posted_words: the code runs it only on text holding one.
^ \s* ( [\p{Han}A-Za-z0-9_·\-]{2,16} ) \s* (?: {credits/posted_words} ) \s* \d

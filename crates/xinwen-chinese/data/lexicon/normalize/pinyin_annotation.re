# A pinyin annotation a crawl left after a character (`指导(dǎo)`): a syllable of one
# to seven letters, with or without tone marks, in brackets. Group 1: the syllable.
[(（] ( [a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ:]{1,7} ) [)）]

# A quotation: the inside of the quotes (group 1): `“外防输入、内防反弹”`, `「…」`, `『…』`.
[“「『] ( [^“”「」『』\n]{1,40} ) [”」』]

# A name, a slash and where the story was filed (`王煌忠／台中报导`, `记者林悦／南市报导`).
# Group 1: the name.
# It needs a word of credits/filed_words: the code runs it only on text holding one.
([\p{Han}·]{2,4}) \s* [／/] \s* \p{Han}{1,10} {credits/filed_words}

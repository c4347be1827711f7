# A photographer's credit after a caption or alone (`王栋 摄`, `李军广摄影`).
# Group 1: the name.
# It needs a word of credits/shot_words: the code runs it only on text holding one.
(?: ^ | [\s(（] ) ([\p{Han}·]{2,4}) \s* {credits/shot_words} (?: $ | [\s)）] )

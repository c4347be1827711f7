# A year as a text writes it (`2022年`): the years an article writes tell the year of
# its dates without one. Group 1: the year.
((?:19|20)\d{2}) \s* 年

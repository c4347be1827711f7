# A reading time or a length alone on its line: `11 分鐘`, `约5分钟`, `5 min`.
^ \s* 约? \s* \d{1,3} \s* (?: {page/reading_time_units} ) \s* $

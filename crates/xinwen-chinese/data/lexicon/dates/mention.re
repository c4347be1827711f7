# A date in the body: `2020年1月28日`, `1月28日`, `1月27日—28日`, `1月27日至2月3日`, or a
# word for a day (`当日`, `次日`, `昨天`).
# Groups: 1 year, 2 month, 3 day; 4 month and 5 day of a range's end; 6 the word.
  (?: ((?:19|20)\d{2}) 年 )? (\d{1,2}) 月 (\d{1,2}) [日号]
  (?: \s* [—–\-~～至到] \s* (?: (\d{1,2}) 月 )? (\d{1,2}) [日号] )?
| ( {dates/days_after_last} | {dates/days_from_publication} )

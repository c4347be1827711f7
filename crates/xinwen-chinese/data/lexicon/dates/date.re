# Dates and times as pages write them: the one grammar of xinwen's dates, for the date
# line, the publication date and the dates of the body alike.
#
# A date: `2020年02月07日`, `2020-2-1`, `2019/03/18`, `2018.02.21`, or a month and day
# `12月30日`, `1月25号`, …
(?P<date>
    (?P<year> (?:19|20)\d{2} ) \s* [年\-/.] \s* (?P<month> \d{1,2} ) \s* [月\-/.] \s* (?P<day> \d{1,2} ) (?: \s* [日号] )?
  | (?P<md_month> \d{1,2} ) \s* 月 \s* (?P<md_day> \d{1,2} ) \s* [日号]
# day and month before the year: `01/09/2023` (read day first unless the day would be
# past 12: `09/13/2023` is month first);
  | (?P<dmy_first> \d{1,2} ) [/.\-] (?P<dmy_second> \d{1,2} ) [/.\-] (?P<dmy_year> (?:19|20)\d{2} ) (?-u:\b)
# or in Chinese numerals, the year digit by digit: `二〇二一年十二月三十日`;
  | (?P<cn_year> (?: {numbers/digits} ){4} ) \s* 年
    \s* (?P<cn_month> (?: {numbers/digits} | {numbers/units} ){1,3} ) \s* 月
    \s* (?P<cn_day> (?: {numbers/digits} | {numbers/units} ){1,3} ) \s* [日号]
)
# with a time after it: `18:25`, `18时25分`, `T18:03:00Z`, `23:29:58+09:00`, `- 09:49`;
(?: \s* [T\-]? \s* (?P<hour> \d{1,2} ) \s* [:：时点] \s* (?P<minute> \d{1,2} )
    (?: \s* [:：分] \s* (?P<second> \d{1,2} ) )? (?: \.\d+ )?
    (?: \s* (?P<zone> Z | [+-]\d{2}:?\d{2} ) )? )?
# or the end of a range: `1月27日—28日`, `1月27日至2月3日`.
(?P<until> \s* [—–\-~～至到] \s* (?: (?P<end_month> \d{1,2} ) 月 )? (?P<end_day> \d{1,2} ) [日号] )?
#
# A day of the month alone, of the month the story is in: `23日晚`, `习近平16日在北京`,
# or a span of days `17日至21日` (not inside a number: `123日`; what comes before and
# after it is checked against dates/not_before_day and dates/day_count_ends);
| (?-u:\b) (?P<day_only> \d{1,2} ) 日
  (?P<days_until> \s* [—–\-~～至到] \s* (?P<day_only_end> \d{1,2} ) 日 )?
#
# A word for a day, maybe with a time: `当日`, `次日`, `昨天 10:30`;
| (?P<day_word> {dates/days_after_last} | {dates/days_from_publication} )
  (?: \s* (?P<word_hour> \d{1,2} ) [:：] (?P<word_minute> \d{2} ) )?
# a time ago: `3小时前`, `2天前`, `刚刚`.
| (?P<ago> \d+ ) \s* (?P<ago_unit> {dates/ago_units} ) 前
| (?P<now> {dates/just_now} )

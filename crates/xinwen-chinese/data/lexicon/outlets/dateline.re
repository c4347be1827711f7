# The dateline at the head of a story: `延吉新闻网12月30日讯`, `新华社北京1月5日电`,
# `本报讯（记者 盖晓宇）1月25日`. Groups: `head` (the outlet, and where it was filed),
# `date` (a month and day before `讯`/`电`), `after` (one after the credits).
^ [(（【]? \s* (?P<head> [^\s\d(（,，。:：]{2,16}? ) \s*
  (?P<date> \d{1,2} 月 \d{1,2} 日 )? \s* {outlets/dateline_endings}
  (?: \s* [(（] [^)）]{0,40} [)）] )? \s*
  (?P<after> \d{1,2} 月 \d{1,2} 日 )?

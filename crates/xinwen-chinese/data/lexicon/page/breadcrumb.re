# A breadcrumb trail: `首页 > 延吉 > 标题`, `当前位置：首页 » 新闻 » 正文`, `首页 >> 国内 >`
# (two parts after the first, or one and a closing separator; `更多图片>>` is a link).
# `is_breadcrumb` sets aside a line without one of the separators > ＞ » before this runs:
# a new separator goes there too.
^ (?: {page/breadcrumb_labels} [:：]? \s* )?
  \S [^>＞»]{0,30}
  (?: (?: \s* [>＞»]+ \s* [^>＞»\s] [^>＞»]* ){2,}
    | \s* [>＞»]+ \s* [^>＞»\s] [^>＞»]* [>＞»]+ )
  \s* $

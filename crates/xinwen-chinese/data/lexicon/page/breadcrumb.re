# A breadcrumb trail: `首页 > 延吉 > 标题`, `当前位置：首页 » 新闻 » 正文`.
^ (?: {page/breadcrumb_labels} [:：]? \s* )?
  \S [^>＞»]{0,30}
  (?: \s* [>＞»] \s* [^>＞»]+ ){2,} $

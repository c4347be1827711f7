# A line that heads a list of other articles, alone on its line: `延伸阅读`, `相关新闻`,
# `往期回顾`, `最热文章`, `值班总编推荐`, `其它生活新闻`, `新闻链接`.
^ [\s【\[]*
  (?: {page/related_lead_words} ) \p{Han}{0,4} (?: {page/related_end_words} )
  [\s】\]：:>»]* $

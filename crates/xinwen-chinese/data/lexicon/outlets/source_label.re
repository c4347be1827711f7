# A source label and the source it names: `来源: 延边发布`, `来自: 安源区政府`,
# `稿件来源： 河北日报`, `来源|长江日报`, `本文来源于国家统计局`. Group 1: the source.
(?: 稿件 | 文章 | 新闻 | 信息 | 本文 )? {outlets/source_labels} \s* (?: [:：|｜] | 于 ) \s* ( [^\s|｜:：,，。/]{2,20} )

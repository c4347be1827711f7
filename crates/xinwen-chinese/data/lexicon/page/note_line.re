# A note on the article, its label first: `原标题:以战时内阁审查重启停火谈判提案`,
# `【原标题：…】`.
^ [\s【\[（(]* (?: {page/note_labels} ) \s* [:：]

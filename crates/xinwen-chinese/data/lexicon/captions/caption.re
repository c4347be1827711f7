# A picture caption ending in its credit: `图为…  王栋 摄`, `图为会议现场。（王磊 摄）`,
# `…（记者 王磊/摄）`, `新闻发布会现场 澎湃新闻记者 李明 图`.
# Groups: 1 the caption, 2 the photographer.
^ (.{2,60}?)
  (?: \s+ | \s* [（(] \s* )
  (?: \S{0,6} {captions/credit_roles} \s* )?
  ([\p{Han}·]{2,4}) \s* [/／]? \s* {captions/shot_marks} 影? \s* [）)]? $

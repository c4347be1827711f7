# A named meeting: `第47次工作例会`, `第二十五次会议`, `十九届四中全会`.
  第 [\d〇零一二两三四五六七八九十百]+ {mentions/session_units} \p{Han}{0,10}? {mentions/meeting_kinds}
| [一二三四五六七八九十]+ 届 [一二三四五六七八九十]+ 中全会

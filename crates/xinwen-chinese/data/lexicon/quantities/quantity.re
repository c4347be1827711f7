# A number with its unit: `74人`, `36000平方米`, `3400余份`, `3.6万人次`, `三十六名`.
# Groups: 1 the number (digits, or Chinese numerals: not `零`, which starts words, `零件`), 2 `余`/`多` (more than),
# 3 a multiplier (`万`, `亿`), 4 the unit.
( \d+ (?:[.,]\d+)* | [一二两三四五六七八九十百千万]+ )
\s* ( {quantities/approximate} )?
\s* ( {numbers/multipliers} )?
\s* ( {quantities/units} )

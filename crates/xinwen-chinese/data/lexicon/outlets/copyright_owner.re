# The owner a copyright note names: `版权所有：X`, `© 2020 X`, `Copyright X`, or
# `X版权…`. Groups: `labelled` (after the label), `before` (before `版权`).
  (?: 版权所有 | © | Copyright ) \s* [:：]? \s* (?: \d{4} (?: -\d{4} )? )? \s* (?P<labelled> [^\s,，。|:：]{2,16} )
| (?P<before> [^\s,，。|:：]{2,16}? ) 版权

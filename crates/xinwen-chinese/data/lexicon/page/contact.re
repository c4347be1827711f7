# An e-mail address: on a short line without a sentence, the line is a contact note
# (`投稿|cjrb027@qq.com 合作|whcjrb027(微信)`).
[A-Za-z0-9._%+\-]+ @ [A-Za-z0-9\-]+ (?: \. [A-Za-z0-9\-]+ )* \. [A-Za-z]{2,}

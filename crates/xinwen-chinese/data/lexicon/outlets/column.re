# A column label at the head of the first paragraph: `【头条】1月20日,…`.
# Group 1: the label.
^ 【 ( [^】\s]{1,8} ) 】

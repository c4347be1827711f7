# The print edition an article ran in, alone on its line: `《光明日报》（2024年05月11日
# 09版）`, `《人民日报》(2023年1月5日 第04版)`.
^ \s* 《 [^》]{2,16} 》 \s* [（(] [^）)]{0,30} 版 \s* [)）] \s* $

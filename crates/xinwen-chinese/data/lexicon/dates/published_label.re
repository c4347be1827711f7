# A label of the publication date: `发布日期：`, `发布时间:`, `发稿时间`, `刊发日期`.
{dates/publishing} {dates/date_or_time} \s* [:：]? \s*

# A time run into the date after it, as some pages write them (`15:312018/09/16`):
# the time at the end of the text before the date. Groups: hour, minute.
(\d{1,2}) [:：] (\d{2}) \s* $

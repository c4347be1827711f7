# A video player's clock alone on its line: `0:00`, `/2:54`, `00:12 / 03:45`.
^ \s* /? \s* \d{1,2} : \d{2} (?: : \d{2} )? (?: \s* / \s* \d{1,2} : \d{2} (?: : \d{2} )? )? \s* $

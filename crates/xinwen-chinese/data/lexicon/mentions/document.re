# A cited document: the inside of the title marks (group 1): `《关于做好…的通知》`.
《 ( [^《》\n]{1,60} ) 》

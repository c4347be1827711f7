"""xinwen: clean, structured, searchable data from crawled Chinese news pages.

>>> import xinwen
>>> a = xinwen.parse("洪慶檢查指導(dǎo)工作\\n\\n2020年02月07日 18:25\\n\\n2月6日上午,州委副書記洪慶就全市疫情防控工作進行檢查指導。")
>>> a.title
'洪慶檢查指導工作'
>>> a.published
'2020-02-07T18:25:00+08:00'
"""

from xinwen._xinwen import (
    Article,
    DecodeError,
    ExtractError,
    Index,
    IndexingError,
    QueryError,
    ReadError,
    ResourceError,
    XinwenError,
    __version__,
    detect_script,
    extract,
    parse,
    to_simplified,
    to_traditional,
)
from xinwen.frames import to_pandas

__all__ = [
    "Article",
    "DecodeError",
    "ExtractError",
    "Index",
    "IndexingError",
    "QueryError",
    "ReadError",
    "ResourceError",
    "XinwenError",
    "__version__",
    "detect_script",
    "extract",
    "parse",
    "to_pandas",
    "to_simplified",
    "to_traditional",
]

"""xinwen: clean, structured, searchable data from crawled Chinese news pages.

>>> import xinwen
>>> a = xinwen.parse("洪慶檢查指導(dǎo)工作\\n\\n2020年02月07日 18:25\\n\\n2月6日上午,州委副書記洪慶就全市疫情防控工作進行檢查指導。")
>>> a.title
'洪慶檢查指導工作'
>>> a.published
'2020-02-07T18:25:00+08:00'
>>> xinwen.parse("洪慶檢查指導工作\\n\\n州委副書記洪慶就全市疫情防控工作進行檢查指導。", script="simplified").title
'洪庆检查指导工作'
"""

from xinwen._batch import extract, read
from xinwen._xinwen import (
    Article,
    ArticleStream,
    DecodeError,
    ExtractError,
    IndexingError,
    QueryError,
    ReadError,
    ResourceError,
    XinwenError,
    __version__,
    detect_script,
    parse,
    segment,
    to_simplified,
    to_traditional,
)
from xinwen.columns import extract_arrow
from xinwen.frames import (
    events_table,
    organizations_table,
    people_table,
    places_table,
    to_arrow,
    to_pandas,
    to_polars,
)
from xinwen.index import Hits, Index, ShardedIndex

__all__ = [
    "Article",
    "ArticleStream",
    "DecodeError",
    "ExtractError",
    "Hits",
    "Index",
    "IndexingError",
    "QueryError",
    "ReadError",
    "ResourceError",
    "ShardedIndex",
    "XinwenError",
    "__version__",
    "detect_script",
    "events_table",
    "extract",
    "extract_arrow",
    "organizations_table",
    "parse",
    "people_table",
    "places_table",
    "read",
    "segment",
    "to_arrow",
    "to_pandas",
    "to_polars",
    "to_simplified",
    "to_traditional",
]

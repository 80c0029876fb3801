"""The Spark schema is generated from the sheet model: names, nesting, nullability, types."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

pytest.importorskip("pyspark")

from pyspark.sql.types import (
    ArrayType,
    DateType,
    DoubleType,
    LongType,
    StringType,
    StructType,
)

from newsfacts.sheet import FactSheet
from newsfacts.spark.schema import SchemaError, sheet_row, sheet_schema, spark_type
from tests.spark.sheets import rich_sheet

pytestmark = pytest.mark.spark


def test_sheet_schema_has_every_field_in_order_with_spec_names() -> None:
    names = [info.alias or name for name, info in FactSheet.model_fields.items()]
    assert sheet_schema().names == names
    assert sheet_schema().names[:3] == ["schema", "id", "source"]


def test_sheet_schema_nests_structs_and_arrays_no_json_strings() -> None:
    schema = sheet_schema()
    quotes = schema["quotes"].dataType
    assert isinstance(quotes, ArrayType) and isinstance(quotes.elementType, StructType)
    speaker = quotes.elementType["speaker"]
    assert speaker.nullable and isinstance(speaker.dataType, StructType)
    assert speaker.dataType["start"].dataType == LongType()
    entities = schema["entities"].dataType.elementType
    assert entities["mentions"].dataType.elementType["start"].dataType == LongType()
    assert entities["aliases"].dataType == ArrayType(StringType(), containsNull=False)
    quantity = schema["quantities"].dataType.elementType
    assert quantity["value"].dataType == DoubleType() and quantity["value"].nullable
    assert quantity["normalized"].dataType["value"].dataType == DoubleType()
    assert isinstance(schema["event"].dataType, StructType)


def test_sheet_schema_nullable_only_where_the_model_allows_none() -> None:
    schema = sheet_schema()
    assert schema["published"].dataType == DateType() and schema["published"].nullable
    assert not schema["id"].nullable and not schema["text"].nullable
    assert not schema["byline"].nullable  # an empty list, never null
    assert schema["source"].dataType["kind"].dataType == StringType()  # a Literal


def test_sheet_row_converts_with_the_schema() -> None:
    row = sheet_row(rich_sheet())
    internal = sheet_schema().toInternal(row)
    assert len(internal) == len(sheet_schema().names)
    assert row["schema"] == "newsfacts/factsheet@1"


def test_spark_type_names_the_field_it_cannot_map() -> None:
    class Odd(BaseModel):
        table: dict[str, int]

    with pytest.raises(SchemaError, match=r"Odd\.table"):
        spark_type(Odd, where="Odd")
    with pytest.raises(SchemaError, match="no single Spark type"):
        spark_type(int | str, where="x")

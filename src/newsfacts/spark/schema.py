"""The Spark schema of a fact sheet, generated from the pydantic model in sheet.py.

The Parquet output must have "exactly the schema `extract` gives" (issue #11), and sheet.py
gains fields as stages land: a hand-written StructType would drift from it the day after. So
the schema is derived by walking FactSheet's fields: a nested model becomes a struct, a list
an array, `X | None` a nullable field, a Literal a string. Structured fields stay structured
(no JSON strings), so `spark.read.parquet(out).select("quotes.speaker.text")` works.
"""

from __future__ import annotations

import types
import typing
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel
from pyspark.sql.types import (
    ArrayType,
    BooleanType,
    DataType,
    DateType,
    DoubleType,
    LongType,
    StringType,
    StructField,
    StructType,
)

from newsfacts.sheet import FactSheet

# Python types that map to one Spark type each. int is 64-bit: offsets in a long text, counts.
SCALARS: dict[type, DataType] = {
    str: StringType(),
    int: LongType(),
    float: DoubleType(),
    bool: BooleanType(),
    date: DateType(),
}
ERRORS_SCHEMA = StructType(
    [
        StructField("input", StringType(), nullable=False),  # the input as the user named it
        StructField("where", StringType(), nullable=True),  # "line 7", "record at offset 1234"
        StructField("reason", StringType(), nullable=False),
    ]
)


class SchemaError(TypeError):
    """sheet.py uses a type this module does not map yet: extend SCALARS or `spark_type`."""


def sheet_schema() -> StructType:
    """The StructType of one FactSheet, field names as SPEC.md spells them (`schema`)."""
    return model_struct(FactSheet)


def model_struct(model: type[BaseModel]) -> StructType:
    fields = []
    for name, info in model.model_fields.items():
        dtype, nullable = spark_type(info.annotation, where=f"{model.__name__}.{name}")
        fields.append(StructField(info.alias or name, dtype, nullable=nullable))
    return StructType(fields)


def spark_type(annotation: Any, *, where: str) -> tuple[DataType, bool]:
    """(Spark type, nullable) of one annotation; `where` names the field in errors."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        present = [arg for arg in args if arg is not type(None)]
        if len(present) != 1:
            raise SchemaError(f"{where}: a union of {present} has no single Spark type")
        dtype, _ = spark_type(present[0], where=where)
        return dtype, len(present) < len(args)
    if origin is Literal:
        if not all(isinstance(arg, str) for arg in args):
            raise SchemaError(f"{where}: only string Literals are mapped, found {args}")
        return StringType(), False
    if origin is list:
        element, element_nullable = spark_type(args[0], where=f"{where}[]")
        return ArrayType(element, containsNull=element_nullable), False
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return model_struct(annotation), False
    if annotation in SCALARS:
        return SCALARS[annotation], False
    raise SchemaError(f"{where}: {annotation!r} has no Spark type; add it to spark/schema.py")


def sheet_row(sheet: FactSheet) -> dict[str, Any]:
    """One sheet as the nested dict Spark converts with `sheet_schema()` (dates stay dates)."""
    return sheet.model_dump(mode="python", by_alias=True)

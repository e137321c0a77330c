"""People as a public honour list publishes them: name, position, unit, honours. Nothing else."""

from __future__ import annotations

from pydantic import Field

from generator.models.common import Markdown, Model, Record, RecordId, Text


class NameOverride(Model):
    """Only for names the first/last-word rule splits wrongly (compound family names)."""

    family: str = ""
    middle: str = ""
    given: Text


class Exemplary(Model):
    year: int = Field(ge=1900, le=2200)
    citation: Text = Field(description="Lời biểu dương ngắn")
    achievements: Markdown = Field(description="Thành tích tiêu biểu (Markdown)")


class Photo(Model):
    file: Text = Field(description="Đường dẫn ảnh trong thư mục data/, ví dụ photos/nguyen-van-an.jpg")
    consent: bool = Field(description="true chỉ khi người trong ảnh đã đồng ý công bố")
    consent_ref: str | None = Field(None, description="Văn bản/biên bản đồng ý")
    alt: str | None = Field(None, description="Mô tả ảnh cho người đọc bằng trình đọc màn hình")


class Person(Record):
    name: Text = Field(description="Họ và tên như trên văn bản")
    name_parts: NameOverride | None = Field(None, description="Chỉ khi họ kép bị tách sai")
    position: str | None = Field(None, description="Chức vụ")
    unit: RecordId | None = Field(None, description="Mã đơn vị công tác")
    exemplary: Exemplary | None = Field(None, description="Gương điển hình tiên tiến")
    photo: Photo | None = Field(None, description="Ảnh; chỉ hiển thị khi consent: true")

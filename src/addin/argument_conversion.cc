#include "addin/argument_conversion.h"

#include <fmt/format.h>
#include <com/sun/star/uno/TypeClass.hpp>
#include <rtl/ustring.hxx>

#include "core/input_error.h"

namespace alliance::addin {

namespace {

using css::uno::Any;
using css::uno::TypeClass;

std::u16string_view viewOf(const rtl::OUString& s) {
  // sal_Unicode and char16_t are both UTF-16 code units of the same size.
  static_assert(sizeof(sal_Unicode) == sizeof(char16_t));
  return {reinterpret_cast<const char16_t*>(s.getStr()), static_cast<std::size_t>(s.getLength())};
}

// Buffers up to this many cells stay allocated between calls.
constexpr std::size_t kKeptCapacity = 4096;

bool isRange(const Any& a) { return a.getValueType() == cppu::UnoType<AnyGrid>::get(); }

}  // namespace

Cell cellFromAny(const Any& value) {
  switch (value.getValueTypeClass()) {
    case TypeClass::TypeClass_VOID:
      return Cell::empty();
    case TypeClass::TypeClass_DOUBLE:
      return Cell::ofNumber(*static_cast<const double*>(value.getValue()));
    case TypeClass::TypeClass_STRING:
      return Cell::ofText(viewOf(*static_cast<const rtl::OUString*>(value.getValue())));
    case TypeClass::TypeClass_BOOLEAN:
      return Cell::ofNumber(*static_cast<const sal_Bool*>(value.getValue()) ? 1.0 : 0.0);
    case TypeClass::TypeClass_LONG:
      return Cell::ofNumber(*static_cast<const sal_Int32*>(value.getValue()));
    default:
      return Cell::ofError();
  }
}

const CellGrid& GridArgument::read(const AnyGrid& range, std::string_view argumentName) {
  const sal_Int32 rows = range.getLength();
  const sal_Int32 cols = rows > 0 ? range[0].getLength() : 0;
  if (rows == 0 || cols == 0) {
    throw InputError(fmt::format("The {} range is empty.", argumentName));
  }
  const std::size_t needed = static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols);
  if (cells_.capacity() > kKeptCapacity && needed <= kKeptCapacity) {
    std::vector<Cell>().swap(cells_);  // give back what a whole-column range took
  }
  cells_.clear();
  cells_.reserve(needed);
  for (const css::uno::Sequence<Any>& row : range) {
    if (row.getLength() != cols) {
      throw InputError(fmt::format("The {} range is not rectangular.", argumentName));
    }
    for (const Any& value : row) {
      cells_.push_back(cellFromAny(value));
    }
  }
  grid_ = CellGrid{cells_, static_cast<std::size_t>(rows), static_cast<std::size_t>(cols)};
  return grid_;
}

const CellGrid* GridArgument::readOptional(const Any& argument, std::string_view argumentName) {
  if (!argument.hasValue()) {
    return nullptr;
  }
  if (isRange(argument)) {
    return &read(*static_cast<const AnyGrid*>(argument.getValue()), argumentName);
  }
  cells_.assign(1, cellFromAny(argument));  // a single cell or a literal
  grid_ = CellGrid{cells_, 1, 1};
  return &grid_;
}

std::optional<double> optionalNumber(const Any& argument, std::string_view argumentName) {
  if (!argument.hasValue()) {
    return std::nullopt;
  }
  Cell cell = cellFromAny(argument);
  if (isRange(argument)) {
    const auto& range = *static_cast<const AnyGrid*>(argument.getValue());
    if (range.getLength() != 1 || range[0].getLength() != 1) {
      throw InputError(fmt::format("{} must be a single number, not a range.", argumentName));
    }
    cell = cellFromAny(range[0][0]);
    if (cell.isEmpty()) {
      return std::nullopt;
    }
  }
  if (cell.kind != Cell::Kind::Number) {
    throw InputError(fmt::format("{} must be a number.", argumentName));
  }
  return cell.number;
}

std::optional<std::u16string> optionalText(const Any& argument, std::string_view argumentName) {
  if (!argument.hasValue()) {
    return std::nullopt;
  }
  const Cell cell = cellFromAny(argument);
  if (cell.kind != Cell::Kind::Text) {
    throw InputError(fmt::format("{} must be text.", argumentName));
  }
  return std::u16string(cell.text);
}

}  // namespace alliance::addin

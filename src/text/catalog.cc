#include "text/catalog.h"

#include <array>

#include "text/catalog_data.h"

namespace alliance::text {

namespace {

// The public view of the generated language table, built once.
constexpr std::size_t kCount = kLanguageCount;

std::array<LanguageInfo, kCount> makeInfos() {
  std::array<LanguageInfo, kCount> out{};
  for (std::size_t i = 0; i < kCount; ++i) {
    out[i] = {detail::kLanguages[i].id, detail::kLanguages[i].code, detail::kLanguages[i].name};
  }
  return out;
}

std::size_t slot(Language language) {
  const auto i = static_cast<std::size_t>(language);
  return i < kCount ? i : 0;  // an out-of-range value falls back to English
}

}  // namespace

std::span<const LanguageInfo> languages() {
  static const std::array<LanguageInfo, kCount> infos = makeInfos();
  return infos;
}

namespace detail {

std::string_view lookup(std::uint16_t index, Language language) {
  if (index >= kMessages.size()) {
    return {};
  }
  return kMessages[index].text[slot(language)];
}

std::string_view lookupPlural(std::uint16_t index, Language language, std::uint64_t n) {
  if (index >= kMessages.size()) {
    return {};
  }
  const Message& message = kMessages[index];
  const std::size_t s = slot(language);
  const bool singular = kLanguages[s].pluralRule == PluralRule::OneOther ? n == 1 : n <= 1;
  if (singular || message.plural[s].empty()) {
    return message.text[s];
  }
  return message.plural[s];
}

bool translated(std::uint16_t index, Language language) {
  return index < kMessages.size() && kMessages[index].translated[slot(language)];
}

}  // namespace detail

}  // namespace alliance::text

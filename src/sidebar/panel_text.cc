#include "sidebar/panel_text.h"

#include "core/text.h"

namespace alliance::sidebar {

Language languageForLocale(std::u16string_view tag) {
  return alliance::languageForLocale(toUtf8(tag));
}

std::string format(Text id, Language language, std::string_view a0, std::string_view a1,
                   std::string_view a2) {
  return alliance::text::format(id, language, a0, a1, a2);
}

}  // namespace alliance::sidebar

// Conversions between the office's UTF-16 strings and URLs and our UTF-8
// strings and paths.
#pragma once

#include <rtl/textcvt.h>
#include <osl/file.hxx>
#include <rtl/ustring.hxx>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace alliance::support {

inline std::string toUtf8(const rtl::OUString& text) {
  const rtl::OString utf8 = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
  return {utf8.getStr(), static_cast<std::size_t>(utf8.getLength())};
}

inline rtl::OUString fromUtf8(std::string_view text) {
  return {text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8};
}

// sal_Unicode is not char16_t in the 7.4 SDK, but has the same representation.
inline std::u16string_view u16(const rtl::OUString& text) {
  return {reinterpret_cast<const char16_t*>(text.getStr()),
          static_cast<std::size_t>(text.getLength())};
}

inline rtl::OUString fromU16(std::u16string_view text) {
  return {reinterpret_cast<const sal_Unicode*>(text.data()), static_cast<sal_Int32>(text.size())};
}

// UTF-8 from the command line or a file, as the portfolio model's text.
inline std::u16string u16FromUtf8(std::string_view text) {
  return std::u16string(u16(fromUtf8(text)));
}

// A file URL for an absolute path, escaped as the office expects it.
// The text of a path that is valid UTF-8; nullopt for one that is not (a byte
// such as 0xFF from a Latin-1 file system), which the office could only read
// with that byte replaced, that is as another file.
inline std::optional<rtl::OUString> strictFromUtf8(std::string_view text) {
  rtl::OUString out;
  if (!rtl_convertStringToUString(
          &out.pData, text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8,
          RTL_TEXTTOUNICODE_FLAGS_UNDEFINED_ERROR | RTL_TEXTTOUNICODE_FLAGS_MBUNDEFINED_ERROR |
              RTL_TEXTTOUNICODE_FLAGS_INVALID_ERROR)) {
    return std::nullopt;
  }
  return out;
}

// nullopt for a path that is not valid UTF-8 (see strictFromUtf8).
inline std::optional<rtl::OUString> fileUrl(const std::filesystem::path& path) {
  const std::optional<rtl::OUString> text = strictFromUtf8(path.string());
  rtl::OUString url;
  if (!text || osl::FileBase::getFileURLFromSystemPath(*text, url) != osl::FileBase::E_None) {
    return std::nullopt;
  }
  return url;
}

// The local path of a file URL; nullopt for a URL that names no local file.
inline std::optional<std::filesystem::path> systemPath(const rtl::OUString& url) {
  rtl::OUString path;
  if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None) {
    return std::nullopt;
  }
  return std::filesystem::path(toUtf8(path));
}

}  // namespace alliance::support

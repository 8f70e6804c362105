#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace caravan {

// What went wrong, as a value the caller can show or map to an exit code.
enum class ErrorCode {
    Io,              // the file system refused (missing file, permissions, full disk)
    NotACase,        // the file is not a Caravan case file
    NewerSchema,     // written by a newer Caravan
    Corrupt,         // damaged or truncated
    Locked,          // another Caravan has it open
    InvalidInput,    // bad arguments or bad data
    Database,        // SQLite reported an error
    Cancelled,       // the user cancelled
    NotFound,        // a requested record does not exist
    NeedsPassphrase, // the case is encrypted and no passphrase was given
    WrongPassphrase, // the passphrase does not open the encrypted case (or the file was altered)
};

struct Error {
    ErrorCode code = ErrorCode::InvalidInput;
    QString message; // one line, for a person
};

// A value or an Error; the core's way of reporting failure across layer boundaries.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T &operator*() { return *m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }
    T takeValue() { return std::move(*m_value); }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result for operations that produce nothing but may fail.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace caravan

#pragma once

#include "models/domain/Entity.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace caravan {

// One spelling of a name, ready to compare: skeleton tokens, which of them are patronymics, the legal form.
struct MatchName {
    QString display;       // as the source wrote it
    QStringList latin;     // transliterated tokens (legal form removed), for reasons
    QStringList skeletons; // spelling-independent keys of the tokens, same order
    QList<bool> patronymic;
    QList<bool> place;     // of companies' tokens: a country, region or city (namewords::places); empty for persons
    QList<bool> number;    // of companies' tokens: a number in digits or Roman numerals (2, 2004, II, XIV)
    QString numbers;       // those numbers, each followed by a space: Solutions II and Solutions are not one name
    QList<double> weights; // of the skeletons, once TokenWeights::assign has run (else empty: weight 1)
    QList<int> tokenIds;   // the skeletons' numbers in that vocabulary
    QList<quint32> masks;  // similarity::letterMask of the skeletons
    QString joined;        // skeletons concatenated: "Alfa-Tranzit" and "Alfatranzit" agree here
    QString legalForm;
    QString formLetters; // the legal form's words as skeletons, joined: "Siemens AG" is "SiemensAG" with "ag" apart
    // The name's characters when it is written in Chinese, Japanese or Korean (Han, Kana, Hangul): each character is
    // a syllable, and two names in these scripts are compared character by character (Matcher), not by romanisation,
    // which gives 石 and 市 the same "shi" and turns one changed syllable into a one-letter typo.
    QString ideographs;
};

// An entity prepared for matching: every distinct name spelling, identifiers, country, date, addresses.
struct MatchRecord {
    qint64 rowId = 0;
    QString extId;
    EntityType type = EntityType::Company;
    QString country;
    QStringList dates; // every ISO birth or incorporation date (or year) the sources give
    QList<MatchName> names;
    QStringList patronymics; // skeletons of the patronymics in any of the names (persons)
    QList<Identifier> identifiers;
    QList<QStringList> addresses; // normaliser::addressTokens of each address
};

// Normalises an entity's name, aliases and addresses once; duplicate spellings collapse.
// `dates` are all the entity's dates (else its incorporationDate alone).
MatchRecord prepareMatchRecord(const Entity &entity, const QStringList &dates = {});

} // namespace caravan

#pragma once

// A GraphQL executable document (the October 2021 spec's grammar, minus type-system
// definitions): operations with variable definitions, selection sets, aliases, arguments,
// fragments (named and inline) and directives. Parsed by the emulator's GraphQL endpoint;
// shares nothing with models/.

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

struct GraphQLLocation
{
    int line = 1;
    int column = 1;
};

// A literal or a variable reference in a document.
struct GraphQLValue
{
    enum class Kind { Variable, Int, Float, String, Boolean, Null, Enum, List, Object };
    Kind kind = Kind::Null;
    QString text; // variable name, enum value, string, or the number as written
    bool boolean = false;
    QList<GraphQLValue> list;
    QList<QPair<QString, GraphQLValue>> fields; // object fields, in order
};

struct GraphQLDirective
{
    QString name;
    QList<QPair<QString, GraphQLValue>> arguments;
};

struct GraphQLSelection
{
    enum class Kind { Field, FragmentSpread, InlineFragment };
    Kind kind = Kind::Field;
    QString alias;         // Field: empty when none
    QString name;          // Field: the field; FragmentSpread: the fragment's name
    QString typeCondition; // InlineFragment: empty when none
    QList<QPair<QString, GraphQLValue>> arguments;
    QList<GraphQLDirective> directives;
    QList<GraphQLSelection> selections;
    GraphQLLocation location;

    QString responseKey() const { return alias.isEmpty() ? name : alias; }
    const GraphQLValue *argument(const QString &argumentName) const;
};

// A type as written in a variable definition: `[String!]!`.
struct GraphQLTypeRef
{
    QString name; // the named type, for lists the innermost
    bool nonNull = false;
    std::shared_ptr<GraphQLTypeRef> ofType; // set for a list
    bool isList() const { return ofType != nullptr; }
    QString toString() const;
};

struct GraphQLVariableDefinition
{
    QString name;
    GraphQLTypeRef type;
    std::optional<GraphQLValue> defaultValue;
    GraphQLLocation location;
};

struct GraphQLOperation
{
    QString type = QStringLiteral("query"); // query, mutation, subscription
    QString name;                           // empty for an anonymous operation
    QList<GraphQLVariableDefinition> variables;
    QList<GraphQLDirective> directives;
    QList<GraphQLSelection> selections;
    GraphQLLocation location;
};

struct GraphQLFragment
{
    QString name;
    QString typeCondition;
    QList<GraphQLSelection> selections;
    GraphQLLocation location;
};

struct GraphQLDocument
{
    QList<GraphQLOperation> operations;
    QHash<QString, GraphQLFragment> fragments;

    // Parses `source`; on a syntax error returns nullopt with GitHub's message ("Parse error on
    // \"}\" (RCURLY) at [3, 5]") and where it happened.
    static std::optional<GraphQLDocument> parse(const QString &source, QString *error,
                                                GraphQLLocation *where);
};

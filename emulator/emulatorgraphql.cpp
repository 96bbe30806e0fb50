// (emulatorgraphql.cpp is over 700 lines: GitHub's schema subset, its static checks and cost,
// and the resolvers share one executor's state (variables, errors, cost); the document grammar
// is apart in graphqldocument.cpp.)
#include "emulator/emulatorgraphql.h"

#include "emulator/emulatorstore.h"
#include "emulator/graphqldocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QUrl>

#include <cmath>
#include <functional>
#include <map>

namespace {

constexpr int maximumPageSize = 100;
constexpr qint64 maximumNodes = 500000;
const QString graphqlDocs = QStringLiteral("https://docs.github.com/graphql");

// The object a selection set is executed on.
struct Object
{
    enum class Type {
        Query,
        Repository,
        DeploymentConnection,
        DeploymentEdge,
        Deployment,
        DeploymentStatusConnection,
        DeploymentStatusEdge,
        DeploymentStatus,
        User,
        Bot,
        Ref,
        PageInfo,
        RateLimit,
        EnvironmentConnection,
        EnvironmentEdge,
        Environment,
    };
    Type type = Type::Query;
    const EmulatorRepository *repo = nullptr;
    const EmulatorDeployment *deployment = nullptr;
    const EmulatorStatus *status = nullptr;
    const EmulatorEnvironment *environment = nullptr;
    qint64 userId = 0;
    // Connections and page info: the page's items (deployment, status or environment ids).
    std::shared_ptr<std::vector<qint64>> items;
    qint64 itemId = 0; // an edge's item
    int totalCount = 0;
    bool hasNextPage = false;
    bool hasPreviousPage = false;
};

// Where a value sits in the answer, for errors only: built as a chain while executing (no
// array copied per field), turned into GitHub's `path` array when an error needs it.
struct ResponsePath
{
    const ResponsePath *parent = nullptr;
    QString key;    // a field's response key, or empty for a list index
    int index = -1; // a list index

    QJsonArray toArray() const
    {
        QJsonArray array = parent ? parent->toArray() : QJsonArray();
        if (key.isEmpty())
            array.append(index);
        else
            array.append(key);
        return array;
    }
};

QString typeName(Object::Type type)
{
    using T = Object::Type;
    switch (type) {
    case T::Query:
        return QStringLiteral("Query");
    case T::Repository:
        return QStringLiteral("Repository");
    case T::DeploymentConnection:
        return QStringLiteral("DeploymentConnection");
    case T::DeploymentEdge:
        return QStringLiteral("DeploymentEdge");
    case T::Deployment:
        return QStringLiteral("Deployment");
    case T::DeploymentStatusConnection:
        return QStringLiteral("DeploymentStatusConnection");
    case T::DeploymentStatusEdge:
        return QStringLiteral("DeploymentStatusEdge");
    case T::DeploymentStatus:
        return QStringLiteral("DeploymentStatus");
    case T::User:
        return QStringLiteral("User");
    case T::Bot:
        return QStringLiteral("Bot");
    case T::Ref:
        return QStringLiteral("Ref");
    case T::PageInfo:
        return QStringLiteral("PageInfo");
    case T::RateLimit:
        return QStringLiteral("RateLimit");
    case T::EnvironmentConnection:
        return QStringLiteral("EnvironmentConnection");
    case T::EnvironmentEdge:
        return QStringLiteral("EnvironmentEdge");
    case T::Environment:
        return QStringLiteral("Environment");
    }
    return {};
}

// Whether an object of `type` matches a fragment's type condition (its type or an interface).
bool matchesCondition(Object::Type type, const QString &condition)
{
    if (condition.isEmpty() || condition == typeName(type))
        return true;
    using T = Object::Type;
    if (condition == QLatin1String("Actor"))
        return type == T::User || type == T::Bot;
    if (condition == QLatin1String("Node"))
        return type == T::Repository || type == T::Deployment || type == T::DeploymentStatus ||
               type == T::User || type == T::Bot || type == T::Ref || type == T::Environment;
    return false;
}

const QSet<QString> &knownTypes()
{
    static const QSet<QString> types = [] {
        // Actor's other implementations: known names that never match here.
        QSet<QString> t{QStringLiteral("Actor"), QStringLiteral("Node"),
                        QStringLiteral("Organization"), QStringLiteral("Mannequin"),
                        QStringLiteral("EnterpriseUserAccount")};
        for (int i = 0; i <= int(Object::Type::Environment); ++i)
            t.insert(typeName(Object::Type(i)));
        return t;
    }();
    return types;
}

// The fields that are connections (paginated with first/last), for the cost and limits.
bool isConnectionField(const QString &field)
{
    return field == QLatin1String("deployments") || field == QLatin1String("statuses") ||
           field == QLatin1String("environments");
}

QString cursorFor(qint64 id)
{
    return QString::fromLatin1(QByteArray("cursor:v2:" + QByteArray::number(id)).toBase64());
}

std::optional<qint64> idFromCursor(const QString &cursor)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1());
    if (!raw.startsWith("cursor:v2:"))
        return std::nullopt;
    bool ok = false;
    const qint64 id = raw.mid(10).toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

// EmulatorStore::nodeId's inverse: "010:Deployment42" -> ("Deployment", 42).
std::optional<std::pair<QString, qint64>> decodeNodeId(const QString &nodeId)
{
    const QString raw = QString::fromUtf8(QByteArray::fromBase64(nodeId.toLatin1()));
    const int colon = raw.indexOf(QLatin1Char(':'));
    if (colon < 1)
        return std::nullopt;
    bool ok = false;
    const int length = raw.mid(1, colon - 1).toInt(&ok);
    if (!ok || raw.size() < colon + 1 + length)
        return std::nullopt;
    const QString type = raw.mid(colon + 1, length);
    const qint64 id = raw.mid(colon + 1 + length).toLongLong(&ok);
    return ok ? std::optional<std::pair<QString, qint64>>({type, id}) : std::nullopt;
}

QString upper(const QString &state)
{
    return state.toUpper();
}

class Executor
{
public:
    Executor(EmulatorStore &store, const EmulatorRequest &request, const GraphQLDocument &document,
             const QJsonObject &variables)
        : m_store(store)
        , m_request(request)
        , m_document(document)
        , m_variables(variables)
    {}

    QJsonArray errors;       // execution errors (beside data)
    QJsonArray validation;   // validation errors (no data at all)
    qint64 requests = 0;     // the cost rule's requests
    qint64 nodes = 0;        // the nodes the query may return
    bool onlyDryRun = false; // the document asks rateLimit(dryRun: true) and nothing else
    int cost = 1;
    EmulatorGraphQLBudget *budget = nullptr;

    // Variables: declared ones given or defaulted; required ones present; used ones declared.
    void checkVariables(const GraphQLOperation &operation)
    {
        QSet<QString> declared;
        for (const GraphQLVariableDefinition &definition : operation.variables) {
            declared.insert(definition.name);
            if (!knownInputType(definition.type.name)) {
                validation.append(QJsonObject{
                    {QStringLiteral("path"), QJsonArray{operationPath(operation), definition.name}},
                    {QStringLiteral("extensions"),
                     QJsonObject{
                         {QStringLiteral("code"), QStringLiteral("variableRequiresValidType")},
                         {QStringLiteral("typeName"), definition.type.name},
                         {QStringLiteral("variableName"), definition.name}}},
                    {QStringLiteral("locations"), locations(definition.location)},
                    {QStringLiteral("message"),
                     QStringLiteral("%1 isn't a defined input type (on $%2)")
                         .arg(definition.type.name, definition.name)},
                });
                continue;
            }
            const QJsonValue given = m_variables.value(definition.name);
            if (given.isUndefined() && definition.defaultValue) {
                m_variables.insert(definition.name, literal(*definition.defaultValue));
                continue;
            }
            QString problem;
            if (!fitsType(given, definition.type, &problem)) {
                validation.append(QJsonObject{
                    {QStringLiteral("extensions"),
                     QJsonObject{
                         {QStringLiteral("value"),
                          given.isUndefined() ? QJsonValue(QJsonValue::Null) : given},
                         {QStringLiteral("problems"),
                          QJsonArray{QJsonObject{{QStringLiteral("path"), QJsonArray()},
                                                 {QStringLiteral("explanation"), problem}}}}}},
                    {QStringLiteral("locations"), locations(definition.location)},
                    {QStringLiteral("message"),
                     QStringLiteral("Variable $%1 of type %2 was provided invalid value")
                         .arg(definition.name, definition.type.toString())},
                });
            }
        }
        m_declared = declared;
        m_operationName = operationPath(operation);
    }

    // GitHub's static checks and cost, before anything runs: unknown fields, pagination
    // bounds, the node limit; requests and nodes for the cost.
    void analyse(Object::Type type, const QList<GraphQLSelection> &selections, qint64 multiplier,
                 QJsonArray path, QSet<QString> *visiting)
    {
        for (const GraphQLSelection &selection : selections) {
            checkVariablesUsed(selection);
            if (selection.kind == GraphQLSelection::Kind::FragmentSpread) {
                const auto fragment = m_document.fragments.constFind(selection.name);
                if (fragment == m_document.fragments.constEnd()) {
                    validationError(
                        selection.location, path,
                        QStringLiteral("Fragment %1 was used, but not defined").arg(selection.name),
                        QStringLiteral("useAndDefineFragment"));
                    continue;
                }
                if (visiting->contains(selection.name))
                    continue; // a cycle; reported once by the fragment itself
                if (!checkCondition(fragment->typeCondition, fragment->location, path))
                    continue;
                visiting->insert(selection.name);
                analyse(conditionType(type, fragment->typeCondition), fragment->selections,
                        multiplier, path, visiting);
                visiting->remove(selection.name);
                continue;
            }
            if (selection.kind == GraphQLSelection::Kind::InlineFragment) {
                if (!checkCondition(selection.typeCondition, selection.location, path))
                    continue;
                analyse(conditionType(type, selection.typeCondition), selection.selections,
                        multiplier, path, visiting);
                continue;
            }
            QJsonArray fieldPath = path;
            fieldPath.append(selection.responseKey());
            const std::optional<Object::Type> child = fieldType(type, selection.name);
            if (!child && !isScalarField(type, selection.name)) {
                validationError(selection.location, fieldPath,
                                QStringLiteral("Field '%1' doesn't exist on type '%2'")
                                    .arg(selection.name, typeName(type)),
                                QStringLiteral("undefinedField"),
                                {{QStringLiteral("typeName"), typeName(type)},
                                 {QStringLiteral("fieldName"), selection.name}});
                continue;
            }
            if (child && selection.selections.isEmpty()) {
                validationError(selection.location, fieldPath,
                                QStringLiteral("Field must have selections (field '%1' returns %2 "
                                               "but has no selections. Did you mean '%1 { ... }'?)")
                                    .arg(selection.name, typeName(*child)),
                                QStringLiteral("selectionMismatch"));
                continue;
            }
            if (!child && !selection.selections.isEmpty()) {
                validationError(selection.location, fieldPath,
                                QStringLiteral("Selections can't be made on scalars (field '%1' "
                                               "returns a scalar but has selections [%2])")
                                    .arg(selection.name, selection.selections.first().name),
                                QStringLiteral("selectionMismatch"));
                continue;
            }
            if (type == Object::Type::Query && selection.name == QLatin1String("rateLimit")) {
                const QJsonValue dryRun = argument(selection, QStringLiteral("dryRun"));
                m_sawDryRun = m_sawDryRun || dryRun.toBool();
            } else if (type == Object::Type::Query &&
                       selection.name != QLatin1String("__typename")) {
                m_sawOtherRootField = true;
            }
            qint64 childMultiplier = multiplier;
            if (isConnectionField(selection.name) && child) {
                const QJsonValue first = argument(selection, QStringLiteral("first"));
                const QJsonValue last = argument(selection, QStringLiteral("last"));
                const bool hasFirst = first.isDouble(), hasLast = last.isDouble();
                if (!hasFirst && !hasLast) {
                    executionLimitError(selection.location, fieldPath,
                                        QStringLiteral("MISSING_PAGINATION_BOUNDARIES"),
                                        QStringLiteral("You must provide a `first` or `last` value "
                                                       "to properly paginate the `%1` connection.")
                                            .arg(selection.name));
                    continue;
                }
                const int size = hasFirst ? first.toInt() : last.toInt();
                const QString which = hasFirst ? QStringLiteral("first") : QStringLiteral("last");
                if (size < 0 || size > maximumPageSize) {
                    executionLimitError(
                        selection.location, fieldPath, QStringLiteral("EXCESSIVE_PAGINATION"),
                        size < 0 ? QStringLiteral("`%1` on the `%2` connection cannot be less "
                                                  "than zero.")
                                       .arg(which, selection.name)
                                 : QStringLiteral("Requesting %1 records on the `%2` connection "
                                                  "exceeds the `%3` limit of 100 records.")
                                       .arg(size)
                                       .arg(selection.name, which));
                    continue;
                }
                requests += multiplier;
                childMultiplier = multiplier * size;
                nodes += childMultiplier;
                if (nodes > maximumNodes) {
                    executionLimitError(
                        selection.location, fieldPath, QStringLiteral("MAX_NODE_LIMIT_EXCEEDED"),
                        QStringLiteral("By the time this query traverses to the %1 connection, it "
                                       "is requesting up to %2 possible nodes which exceeds the "
                                       "maximum limit of 500,000.")
                            .arg(selection.name, QLocale(QLocale::English).toString(nodes)));
                    continue;
                }
            }
            if (child)
                analyse(*child, selection.selections, childMultiplier, fieldPath, visiting);
        }
    }

    void finishAnalysis()
    {
        onlyDryRun = m_sawDryRun && !m_sawOtherRootField;
        cost = std::max<int>(1, int(std::lround(double(requests) / 100.0)));
    }

    QJsonObject execute(const Object &object, const QList<GraphQLSelection> &selections,
                        const ResponsePath *path)
    {
        QJsonObject result;
        // The same selection set runs for every node of a page: its fields are collected once.
        const auto cacheKey = std::make_pair(int(object.type), &selections);
        auto cached = m_collected.find(cacheKey);
        if (cached == m_collected.end()) {
            QList<const GraphQLSelection *> fields;
            collectFields(object.type, selections, &fields);
            cached = m_collected.emplace(cacheKey, fields).first;
        }
        for (const GraphQLSelection *field : cached->second) {
            const QString key = field->responseKey();
            if (result.contains(key))
                continue; // merged: the same key and field
            const ResponsePath fieldPath{path, key, -1};
            result.insert(key, resolve(object, *field, &fieldPath));
        }
        return result;
    }

private:
    static QString operationPath(const GraphQLOperation &operation)
    {
        return QStringLiteral("%1 %2").arg(operation.type, operation.name.isEmpty()
                                                               ? QStringLiteral("anonymous")
                                                               : operation.name);
    }

    static QJsonArray locations(const GraphQLLocation &at)
    {
        return QJsonArray{
            QJsonObject{{QStringLiteral("line"), at.line}, {QStringLiteral("column"), at.column}}};
    }

    static bool knownInputType(const QString &name)
    {
        static const QSet<QString> types{
            QStringLiteral("String"),
            QStringLiteral("Int"),
            QStringLiteral("Boolean"),
            QStringLiteral("ID"),
            QStringLiteral("Float"),
            QStringLiteral("URI"),
            QStringLiteral("DateTime"),
            QStringLiteral("DeploymentOrder"),
            QStringLiteral("DeploymentOrderField"),
            QStringLiteral("OrderDirection"),
        };
        return types.contains(name);
    }

    static bool fitsType(const QJsonValue &value, const GraphQLTypeRef &type, QString *problem)
    {
        if (value.isUndefined() || value.isNull()) {
            if (type.nonNull) {
                *problem = QStringLiteral("Expected value to not be null");
                return false;
            }
            return true;
        }
        if (type.isList()) {
            const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
            for (const QJsonValue &item : items) {
                if (!fitsType(item, *type.ofType, problem))
                    return false;
            }
            return true;
        }
        const QString &name = type.name;
        bool ok = true;
        if (name == QLatin1String("Int"))
            ok = value.isDouble() && value.toDouble() == std::floor(value.toDouble());
        else if (name == QLatin1String("Float"))
            ok = value.isDouble();
        else if (name == QLatin1String("Boolean"))
            ok = value.isBool();
        else if (name == QLatin1String("String") || name == QLatin1String("URI") ||
                 name == QLatin1String("DateTime"))
            ok = value.isString();
        else if (name == QLatin1String("ID"))
            ok = value.isString() || value.isDouble();
        else if (name == QLatin1String("OrderDirection"))
            ok = value == QLatin1String("ASC") || value == QLatin1String("DESC");
        else if (name == QLatin1String("DeploymentOrderField"))
            ok = value == QLatin1String("CREATED_AT");
        else if (name == QLatin1String("DeploymentOrder")) {
            const QJsonObject o = value.toObject();
            ok = value.isObject() &&
                 o.value(QStringLiteral("field")) == QLatin1String("CREATED_AT") &&
                 (o.value(QStringLiteral("direction")) == QLatin1String("ASC") ||
                  o.value(QStringLiteral("direction")) == QLatin1String("DESC"));
        }
        if (!ok)
            *problem = QStringLiteral("Could not coerce value %1 to %2")
                           .arg(QString::fromUtf8(QJsonDocument(QJsonArray{value})
                                                      .toJson(QJsonDocument::Compact)
                                                      .mid(1)
                                                      .chopped(1)),
                                name);
        return ok;
    }

    void checkVariablesUsed(const GraphQLSelection &selection)
    {
        std::function<void(const GraphQLValue &)> visit = [&](const GraphQLValue &value) {
            if (value.kind == GraphQLValue::Kind::Variable && !m_declared.contains(value.text) &&
                !m_reportedUndeclared.contains(value.text)) {
                m_reportedUndeclared.insert(value.text);
                validation.append(QJsonObject{
                    {QStringLiteral("path"), QJsonArray{m_operationName}},
                    {QStringLiteral("extensions"),
                     QJsonObject{{QStringLiteral("code"), QStringLiteral("variableNotDefined")},
                                 {QStringLiteral("variableName"), value.text}}},
                    {QStringLiteral("locations"), locations(selection.location)},
                    {QStringLiteral("message"),
                     QStringLiteral("Variable $%1 is used by %2 but not declared")
                         .arg(value.text, m_operationName.section(QLatin1Char(' '), 1))},
                });
            }
            for (const GraphQLValue &item : value.list)
                visit(item);
            for (const auto &field : value.fields)
                visit(field.second);
        };
        for (const auto &argument : selection.arguments)
            visit(argument.second);
        for (const GraphQLDirective &directive : selection.directives) {
            for (const auto &argument : directive.arguments)
                visit(argument.second);
        }
    }

    bool checkCondition(const QString &condition, const GraphQLLocation &at, const QJsonArray &path)
    {
        if (condition.isEmpty() || knownTypes().contains(condition))
            return true;
        validationError(
            at, path,
            QStringLiteral("No such type %1, so it can't be a fragment condition").arg(condition),
            QStringLiteral("undefinedType"));
        return false;
    }

    static Object::Type conditionType(Object::Type current, const QString &condition)
    {
        if (condition.isEmpty() || condition == QLatin1String("Actor") ||
            condition == QLatin1String("Node"))
            return current;
        for (int i = 0; i <= int(Object::Type::Environment); ++i) {
            if (typeName(Object::Type(i)) == condition)
                return Object::Type(i);
        }
        return current;
    }

    void validationError(const GraphQLLocation &at, const QJsonArray &path, const QString &message,
                         const QString &code, const QList<QPair<QString, QString>> &extra = {})
    {
        QJsonObject extensions{{QStringLiteral("code"), code}};
        for (const auto &[key, value] : extra)
            extensions.insert(key, value);
        QJsonArray fullPath{m_operationName};
        for (const QJsonValue &part : path)
            fullPath.append(part);
        validation.append(QJsonObject{{QStringLiteral("path"), fullPath},
                                      {QStringLiteral("extensions"), extensions},
                                      {QStringLiteral("locations"), locations(at)},
                                      {QStringLiteral("message"), message}});
    }

    // GitHub reports pagination and node limits with a `type` and no data.
    void executionLimitError(const GraphQLLocation &at, const QJsonArray &path, const QString &type,
                             const QString &message)
    {
        validation.append(QJsonObject{{QStringLiteral("type"), type},
                                      {QStringLiteral("path"), path},
                                      {QStringLiteral("locations"), locations(at)},
                                      {QStringLiteral("message"), message}});
    }

    void executionError(const GraphQLLocation &at, const QJsonArray &path, const QString &type,
                        const QString &message)
    {
        errors.append(QJsonObject{{QStringLiteral("type"), type},
                                  {QStringLiteral("path"), path},
                                  {QStringLiteral("locations"), locations(at)},
                                  {QStringLiteral("message"), message}});
    }

    QJsonValue literal(const GraphQLValue &value) const
    {
        switch (value.kind) {
        case GraphQLValue::Kind::Variable: {
            const QJsonValue v = m_variables.value(value.text);
            return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
        }
        case GraphQLValue::Kind::Int:
        case GraphQLValue::Kind::Float:
            return value.text.toDouble();
        case GraphQLValue::Kind::String:
        case GraphQLValue::Kind::Enum:
            return value.text;
        case GraphQLValue::Kind::Boolean:
            return value.boolean;
        case GraphQLValue::Kind::Null:
            return QJsonValue::Null;
        case GraphQLValue::Kind::List: {
            QJsonArray array;
            for (const GraphQLValue &item : value.list)
                array.append(literal(item));
            return array;
        }
        case GraphQLValue::Kind::Object: {
            QJsonObject object;
            for (const auto &[key, item] : value.fields)
                object.insert(key, literal(item));
            return object;
        }
        }
        return QJsonValue::Null;
    }

    QJsonValue argument(const GraphQLSelection &selection, const QString &name) const
    {
        const GraphQLValue *value = selection.argument(name);
        return value ? literal(*value) : QJsonValue(QJsonValue::Undefined);
    }

    bool included(const GraphQLSelection &selection) const
    {
        for (const GraphQLDirective &directive : selection.directives) {
            QJsonValue condition;
            for (const auto &[key, value] : directive.arguments) {
                if (key == QLatin1String("if"))
                    condition = literal(value);
            }
            if (directive.name == QLatin1String("skip") && condition.toBool())
                return false;
            if (directive.name == QLatin1String("include") && !condition.toBool())
                return false;
        }
        return true;
    }

    void collectFields(Object::Type type, const QList<GraphQLSelection> &selections,
                       QList<const GraphQLSelection *> *out) const
    {
        for (const GraphQLSelection &selection : selections) {
            if (!included(selection))
                continue;
            switch (selection.kind) {
            case GraphQLSelection::Kind::Field:
                out->append(&selection);
                break;
            case GraphQLSelection::Kind::InlineFragment:
                if (matchesCondition(type, selection.typeCondition))
                    collectFields(type, selection.selections, out);
                break;
            case GraphQLSelection::Kind::FragmentSpread: {
                const auto fragment = m_document.fragments.constFind(selection.name);
                if (fragment != m_document.fragments.constEnd() &&
                    matchesCondition(type, fragment->typeCondition))
                    collectFields(type, fragment->selections, out);
                break;
            }
            }
        }
    }

    // The object type a field returns, when it is not a scalar.
    static std::optional<Object::Type> fieldType(Object::Type type, const QString &field)
    {
        using T = Object::Type;
        static const QHash<QString, T> query{{QStringLiteral("repository"), T::Repository},
                                             {QStringLiteral("rateLimit"), T::RateLimit},
                                             {QStringLiteral("viewer"), T::User},
                                             {QStringLiteral("node"), T::Deployment}};
        static const QHash<QString, T> repository{
            {QStringLiteral("deployments"), T::DeploymentConnection},
            {QStringLiteral("environments"), T::EnvironmentConnection},
            {QStringLiteral("owner"), T::User}};
        static const QHash<QString, T> deployment{
            {QStringLiteral("creator"), T::User},
            {QStringLiteral("latestStatus"), T::DeploymentStatus},
            {QStringLiteral("statuses"), T::DeploymentStatusConnection},
            {QStringLiteral("ref"), T::Ref},
            {QStringLiteral("repository"), T::Repository}};
        static const QHash<QString, T> status{{QStringLiteral("creator"), T::User},
                                              {QStringLiteral("deployment"), T::Deployment}};
        static const QHash<QString, T> ref{{QStringLiteral("repository"), T::Repository}};
        const QHash<QString, T> *table = nullptr;
        switch (type) {
        case T::Query:
            table = &query;
            break;
        case T::Repository:
            table = &repository;
            break;
        case T::Deployment:
            table = &deployment;
            break;
        case T::DeploymentStatus:
            table = &status;
            break;
        case T::Ref:
            table = &ref;
            break;
        case T::DeploymentConnection:
            if (field == QLatin1String("nodes"))
                return T::Deployment;
            if (field == QLatin1String("edges"))
                return T::DeploymentEdge;
            break;
        case T::DeploymentStatusConnection:
            if (field == QLatin1String("nodes"))
                return T::DeploymentStatus;
            if (field == QLatin1String("edges"))
                return T::DeploymentStatusEdge;
            break;
        case T::EnvironmentConnection:
            if (field == QLatin1String("nodes"))
                return T::Environment;
            if (field == QLatin1String("edges"))
                return T::EnvironmentEdge;
            break;
        case T::DeploymentEdge:
            if (field == QLatin1String("node"))
                return T::Deployment;
            break;
        case T::DeploymentStatusEdge:
            if (field == QLatin1String("node"))
                return T::DeploymentStatus;
            break;
        case T::EnvironmentEdge:
            if (field == QLatin1String("node"))
                return T::Environment;
            break;
        default:
            break;
        }
        if (field == QLatin1String("pageInfo") &&
            (type == T::DeploymentConnection || type == T::DeploymentStatusConnection ||
             type == T::EnvironmentConnection))
            return T::PageInfo;
        if (table && table->contains(field))
            return table->value(field);
        return std::nullopt;
    }

    static bool isScalarField(Object::Type type, const QString &field)
    {
        using T = Object::Type;
        if (field == QLatin1String("__typename"))
            return true;
        static const QHash<T, QSet<QString>> scalars{
            {T::Repository,
             {QStringLiteral("id"), QStringLiteral("databaseId"), QStringLiteral("name"),
              QStringLiteral("nameWithOwner"), QStringLiteral("isPrivate"), QStringLiteral("url")}},
            {T::Deployment,
             {QStringLiteral("id"), QStringLiteral("databaseId"), QStringLiteral("commitOid"),
              QStringLiteral("createdAt"), QStringLiteral("updatedAt"),
              QStringLiteral("description"), QStringLiteral("environment"),
              QStringLiteral("latestEnvironment"), QStringLiteral("originalEnvironment"),
              QStringLiteral("payload"), QStringLiteral("state"), QStringLiteral("task")}},
            {T::DeploymentStatus,
             {QStringLiteral("id"), QStringLiteral("createdAt"), QStringLiteral("updatedAt"),
              QStringLiteral("description"), QStringLiteral("environment"),
              QStringLiteral("environmentUrl"), QStringLiteral("logUrl"), QStringLiteral("state")}},
            {T::User,
             {QStringLiteral("id"), QStringLiteral("databaseId"), QStringLiteral("login"),
              QStringLiteral("name"), QStringLiteral("avatarUrl"), QStringLiteral("url"),
              QStringLiteral("resourcePath"), QStringLiteral("isSiteAdmin")}},
            {T::Bot,
             {QStringLiteral("id"), QStringLiteral("databaseId"), QStringLiteral("login"),
              QStringLiteral("avatarUrl"), QStringLiteral("url"), QStringLiteral("resourcePath")}},
            {T::Ref, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("prefix")}},
            {T::PageInfo,
             {QStringLiteral("hasNextPage"), QStringLiteral("hasPreviousPage"),
              QStringLiteral("startCursor"), QStringLiteral("endCursor")}},
            {T::RateLimit,
             {QStringLiteral("cost"), QStringLiteral("limit"), QStringLiteral("nodeCount"),
              QStringLiteral("remaining"), QStringLiteral("resetAt"), QStringLiteral("used")}},
            {T::DeploymentConnection, {QStringLiteral("totalCount")}},
            {T::DeploymentStatusConnection, {QStringLiteral("totalCount")}},
            {T::EnvironmentConnection, {QStringLiteral("totalCount")}},
            {T::DeploymentEdge, {QStringLiteral("cursor")}},
            {T::DeploymentStatusEdge, {QStringLiteral("cursor")}},
            {T::EnvironmentEdge, {QStringLiteral("cursor")}},
            {T::Environment,
             {QStringLiteral("id"), QStringLiteral("databaseId"), QStringLiteral("name"),
              QStringLiteral("isPinned"), QStringLiteral("pinnedPosition")}},
        };
        // Actor's fields are valid on the interface's implementations alike.
        const T lookup = type;
        return scalars.value(lookup).contains(field);
    }

    QJsonValue object(const Object &o, const GraphQLSelection &field, const ResponsePath *path)
    {
        return execute(o, field.selections, path);
    }

    Object actor(qint64 userId) const
    {
        Object o;
        o.type = m_store.user(userId).bot ? Object::Type::Bot : Object::Type::User;
        o.userId = userId;
        return o;
    }

    // What the caller may read: GitHub answers NOT_FOUND for a repository it cannot see, and
    // FORBIDDEN while the organisation's SAML SSO is not granted to the token.
    std::optional<std::pair<QString, QString>> refusal(const EmulatorRepository &repo) const
    {
        const EmulatorCaller &caller = m_request.caller;
        if (!repo.ssoUrl.isEmpty() && !m_store.affiliation(repo, caller.userId).isEmpty() &&
            !caller.ssoOwners.contains(repo.owner.toLower()))
            return std::pair<QString, QString>(
                QStringLiteral("FORBIDDEN"),
                QStringLiteral("Resource protected by organization SAML enforcement. You must "
                               "grant your Personal Access token access to this organization."));
        if (m_store.permission(repo, caller.userId) == EmulatorPermission::None ||
            (repo.isPrivate && !caller.fineGrained && !caller.hasScope(QStringLiteral("repo")) &&
             !caller.hasScope(QStringLiteral("repo_deployment"))))
            return std::pair<QString, QString>(
                QStringLiteral("NOT_FOUND"),
                QStringLiteral("Could not resolve to a Repository with the name '%1'.")
                    .arg(repo.fullName()));
        return std::nullopt;
    }

    // Orders and slices a connection: `ids` in the connection's order, then after/before by
    // cursor, then first/last.
    bool page(Object *connection, std::vector<qint64> ids, const GraphQLSelection &field,
              const ResponsePath *path)
    {
        connection->totalCount = int(ids.size());
        const QJsonValue after = argument(field, QStringLiteral("after"));
        const QJsonValue before = argument(field, QStringLiteral("before"));
        size_t begin = 0, end = ids.size();
        for (const auto &[value, isAfter] : {std::pair(after, true), std::pair(before, false)}) {
            if (!value.isString())
                continue;
            const std::optional<qint64> id = idFromCursor(value.toString());
            const auto at = id ? std::find(ids.begin(), ids.end(), *id) : ids.end();
            if (!id || at == ids.end()) {
                if (!id) {
                    executionError(field.location, path->toArray(),
                                   QStringLiteral("INVALID_CURSOR_ARGUMENTS"),
                                   QStringLiteral("`%1` does not appear to be a valid cursor.")
                                       .arg(value.toString()));
                    return false;
                }
                // A cursor whose item is gone: nothing after (or before) it, as GitHub answers.
                if (isAfter)
                    begin = end;
                continue;
            }
            const size_t index = size_t(at - ids.begin());
            if (isAfter)
                begin = std::max(begin, index + 1);
            else
                end = std::min(end, index);
        }
        if (begin > end)
            begin = end;
        const QJsonValue first = argument(field, QStringLiteral("first"));
        const QJsonValue last = argument(field, QStringLiteral("last"));
        size_t sliceBegin = begin, sliceEnd = end;
        if (first.isDouble())
            sliceEnd = std::min(end, begin + size_t(std::max(0, first.toInt())));
        if (last.isDouble() && sliceEnd - sliceBegin > size_t(std::max(0, last.toInt())))
            sliceBegin = sliceEnd - size_t(std::max(0, last.toInt()));
        connection->hasNextPage = sliceEnd < end;
        connection->hasPreviousPage = sliceBegin > begin;
        connection->items = std::make_shared<std::vector<qint64>>(ids.begin() + long(sliceBegin),
                                                                  ids.begin() + long(sliceEnd));
        return true;
    }

    QJsonValue connectionField(const Object &o, const GraphQLSelection &field,
                               const ResponsePath *path, Object::Type nodeType,
                               Object::Type edgeType)
    {
        const QString &name = field.name;
        if (name == QLatin1String("totalCount"))
            return o.totalCount;
        if (name == QLatin1String("pageInfo")) {
            Object info = o;
            info.type = Object::Type::PageInfo;
            return object(info, field, path);
        }
        const bool edges = name == QLatin1String("edges");
        QJsonArray array;
        int index = 0;
        for (qint64 id : *o.items) {
            const ResponsePath itemPath{path, QString(), index++};
            Object item = itemObject(o, nodeType, id);
            if (edges) {
                item.type = edgeType;
                item.itemId = id;
            }
            array.append(object(item, field, &itemPath));
        }
        return array;
    }

    Object itemObject(const Object &connection, Object::Type nodeType, qint64 id) const
    {
        Object item;
        item.type = nodeType;
        item.repo = connection.repo;
        item.deployment = connection.deployment;
        if (nodeType == Object::Type::Deployment) {
            item.deployment = &connection.repo->deployments.at(id);
        } else if (nodeType == Object::Type::DeploymentStatus) {
            for (const EmulatorStatus &status : connection.deployment->statuses) {
                if (status.id == id)
                    item.status = &status;
            }
        } else if (nodeType == Object::Type::Environment) {
            for (const auto &[environmentName, environment] : connection.repo->environments) {
                if (environment.id == id)
                    item.environment = &environment;
            }
        }
        return item;
    }

    QString deploymentState(const EmulatorDeployment &d) const
    {
        const QString latest = d.latestState();
        if (latest.isEmpty())
            return QStringLiteral("PENDING");
        if (latest == QLatin1String("inactive") && d.transient)
            return QStringLiteral("DESTROYED");
        if (latest == QLatin1String("success"))
            return QStringLiteral("ACTIVE");
        return upper(latest);
    }

    QJsonValue resolve(const Object &o, const GraphQLSelection &field, const ResponsePath *path)
    {
        using T = Object::Type;
        const QString &name = field.name;
        if (name == QLatin1String("__typename"))
            return typeName(o.type);
        const QString root = m_request.root;
        switch (o.type) {
        case T::Query:
            if (name == QLatin1String("repository")) {
                const QString owner = argument(field, QStringLiteral("owner")).toString();
                const QString repoName = argument(field, QStringLiteral("name")).toString();
                EmulatorRepository *repo = m_store.repository(owner, repoName);
                if (!repo &&
                    argument(field, QStringLiteral("followRenames")) != QJsonValue(false)) {
                    if (const auto id = m_store.renamedRepository(owner, repoName))
                        repo = m_store.repositoryById(*id);
                }
                const auto refused = repo ? refusal(*repo) : std::nullopt;
                if (!repo || refused) {
                    executionError(field.location, path->toArray(),
                                   refused ? refused->first : QStringLiteral("NOT_FOUND"),
                                   refused ? refused->second
                                           : QStringLiteral("Could not resolve to a Repository "
                                                            "with the name '%1/%2'.")
                                                 .arg(owner, repoName));
                    return QJsonValue::Null;
                }
                Object r;
                r.type = T::Repository;
                r.repo = repo;
                return object(r, field, path);
            }
            if (name == QLatin1String("viewer"))
                return object(actor(m_request.caller.userId), field, path);
            if (name == QLatin1String("rateLimit")) {
                Object r;
                r.type = T::RateLimit;
                return object(r, field, path);
            }
            if (name == QLatin1String("node")) {
                const auto decoded = decodeNodeId(argument(field, QStringLiteral("id")).toString());
                for (qint64 repoId : m_store.repositoryOrder()) {
                    const EmulatorRepository *repo = m_store.repositoryById(repoId);
                    if (!decoded || decoded->first != QLatin1String("Deployment") ||
                        repo->deployments.count(decoded->second) == 0 || refusal(*repo))
                        continue;
                    Object d;
                    d.type = T::Deployment;
                    d.repo = repo;
                    d.deployment = &repo->deployments.at(decoded->second);
                    return object(d, field, path);
                }
                executionError(field.location, path->toArray(), QStringLiteral("NOT_FOUND"),
                               QStringLiteral("Could not resolve to a node with the global id of "
                                              "'%1'")
                                   .arg(argument(field, QStringLiteral("id")).toString()));
                return QJsonValue::Null;
            }
            break;
        case T::Repository: {
            const EmulatorRepository &repo = *o.repo;
            if (name == QLatin1String("id"))
                return EmulatorStore::nodeId(QStringLiteral("Repository"), repo.id);
            if (name == QLatin1String("databaseId"))
                return repo.id;
            if (name == QLatin1String("name"))
                return repo.name;
            if (name == QLatin1String("nameWithOwner"))
                return repo.fullName();
            if (name == QLatin1String("isPrivate"))
                return repo.isPrivate;
            if (name == QLatin1String("url"))
                return QString(QStringLiteral("https://github.com/") + repo.fullName());
            if (name == QLatin1String("owner"))
                return object(actor(m_store.userId(repo.owner)), field, path);
            if (name == QLatin1String("deployments")) {
                const QJsonArray environments =
                    argument(field, QStringLiteral("environments")).toArray();
                QSet<QString> wanted;
                for (const QJsonValue &environment : environments)
                    wanted.insert(environment.toString());
                const QJsonValue orderBy = argument(field, QStringLiteral("orderBy"));
                const bool descending =
                    orderBy.toObject().value(QStringLiteral("direction")) == QLatin1String("DESC");
                std::vector<qint64> ids;
                ids.reserve(repo.order.size());
                for (qint64 id : repo.order) {
                    if (wanted.isEmpty() || wanted.contains(repo.deployments.at(id).environment))
                        ids.push_back(id);
                }
                if (descending)
                    std::reverse(ids.begin(), ids.end());
                Object c;
                c.type = T::DeploymentConnection;
                c.repo = &repo;
                if (!page(&c, std::move(ids), field, path))
                    return QJsonValue::Null;
                return object(c, field, path);
            }
            if (name == QLatin1String("environments")) {
                std::vector<qint64> ids;
                for (const auto &[environmentName, environment] : repo.environments)
                    ids.push_back(environment.id);
                Object c;
                c.type = T::EnvironmentConnection;
                c.repo = &repo;
                if (!page(&c, std::move(ids), field, path))
                    return QJsonValue::Null;
                return object(c, field, path);
            }
            break;
        }
        case T::Deployment: {
            const EmulatorDeployment &d = *o.deployment;
            if (name == QLatin1String("id"))
                return EmulatorStore::nodeId(QStringLiteral("Deployment"), d.id);
            if (name == QLatin1String("databaseId"))
                return d.id;
            if (name == QLatin1String("commitOid"))
                return d.sha;
            if (name == QLatin1String("createdAt"))
                return EmulatorStore::isoDate(d.createdAt);
            if (name == QLatin1String("updatedAt"))
                return EmulatorStore::isoDate(d.updatedAt);
            if (name == QLatin1String("description"))
                return d.description.isString() && !d.description.toString().isEmpty()
                           ? d.description
                           : QJsonValue(QJsonValue::Null);
            if (name == QLatin1String("environment") || name == QLatin1String("latestEnvironment"))
                return d.environment;
            if (name == QLatin1String("originalEnvironment"))
                return d.originalEnvironment;
            if (name == QLatin1String("task"))
                return d.task;
            if (name == QLatin1String("payload")) {
                // A String in GraphQL: the JSON text of the object, or the string given.
                if (d.payload.isString())
                    return d.payload;
                if (d.payload.isObject())
                    return QString::fromUtf8(
                        QJsonDocument(d.payload.toObject()).toJson(QJsonDocument::Compact));
                return QJsonValue::Null;
            }
            if (name == QLatin1String("state"))
                return deploymentState(d);
            if (name == QLatin1String("creator"))
                return object(actor(d.creatorId), field, path);
            if (name == QLatin1String("repository")) {
                Object r;
                r.type = T::Repository;
                r.repo = o.repo;
                return object(r, field, path);
            }
            if (name == QLatin1String("ref")) {
                // A deployment made from a SHA has no Ref (nor one whose branch is gone).
                if (d.ref.isEmpty() || d.ref == d.sha)
                    return QJsonValue::Null;
                Object r = o;
                r.type = T::Ref;
                return object(r, field, path);
            }
            if (name == QLatin1String("latestStatus")) {
                if (d.statuses.empty())
                    return QJsonValue::Null;
                Object s = o;
                s.type = T::DeploymentStatus;
                s.status = &d.statuses.back();
                return object(s, field, path);
            }
            if (name == QLatin1String("statuses")) {
                std::vector<qint64> ids; // newest first
                for (auto it = d.statuses.rbegin(); it != d.statuses.rend(); ++it)
                    ids.push_back(it->id);
                Object c = o;
                c.type = T::DeploymentStatusConnection;
                if (!page(&c, std::move(ids), field, path))
                    return QJsonValue::Null;
                return object(c, field, path);
            }
            break;
        }
        case T::DeploymentStatus: {
            const EmulatorStatus &s = *o.status;
            if (name == QLatin1String("id"))
                return EmulatorStore::nodeId(QStringLiteral("DeploymentStatus"), s.id);
            if (name == QLatin1String("createdAt") || name == QLatin1String("updatedAt"))
                return EmulatorStore::isoDate(s.createdAt);
            if (name == QLatin1String("description"))
                return s.description.isEmpty() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(s.description);
            if (name == QLatin1String("environment"))
                return s.environment.isEmpty() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(s.environment);
            if (name == QLatin1String("environmentUrl"))
                return s.environmentUrl.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(s.environmentUrl);
            if (name == QLatin1String("logUrl")) {
                const QString log = s.logUrl.isEmpty() ? s.targetUrl : s.logUrl;
                return log.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(log);
            }
            if (name == QLatin1String("state"))
                return upper(s.state);
            if (name == QLatin1String("creator"))
                return object(actor(s.creatorId), field, path);
            if (name == QLatin1String("deployment")) {
                Object d = o;
                d.type = T::Deployment;
                return object(d, field, path);
            }
            break;
        }
        case T::User:
        case T::Bot: {
            const EmulatorUser &u = m_store.user(o.userId);
            if (name == QLatin1String("id"))
                return EmulatorStore::nodeId(typeName(o.type), u.id);
            if (name == QLatin1String("databaseId"))
                return u.id;
            if (name == QLatin1String("login"))
                return u.login;
            if (name == QLatin1String("isSiteAdmin")) // as REST's site_admin: nobody here is
                return false;
            if (name == QLatin1String("name"))
                return u.name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(u.name);
            if (name == QLatin1String("avatarUrl"))
                return u.avatarUrl.isEmpty()
                           ? QStringLiteral("https://avatars.githubusercontent.com/u/%1?v=4")
                                 .arg(u.id)
                           : u.avatarUrl;
            if (name == QLatin1String("url")) // "github-actions%5Bbot%5D", as REST's html_url
                return QString(QStringLiteral("https://github.com/") +
                               QString::fromLatin1(QUrl::toPercentEncoding(u.login)));
            if (name == QLatin1String("resourcePath"))
                return QString(QLatin1Char('/') + u.login);
            break;
        }
        case T::Ref:
            if (name == QLatin1String("id"))
                return EmulatorStore::nodeId(QStringLiteral("Ref"), o.deployment->id);
            if (name == QLatin1String("name"))
                return o.deployment->ref;
            if (name == QLatin1String("prefix"))
                return QStringLiteral("refs/heads/");
            if (name == QLatin1String("repository")) {
                Object r;
                r.type = T::Repository;
                r.repo = o.repo;
                return object(r, field, path);
            }
            break;
        case T::PageInfo:
            if (name == QLatin1String("hasNextPage"))
                return o.hasNextPage;
            if (name == QLatin1String("hasPreviousPage"))
                return o.hasPreviousPage;
            if (name == QLatin1String("startCursor"))
                return o.items->empty() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(cursorFor(o.items->front()));
            if (name == QLatin1String("endCursor"))
                return o.items->empty() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(cursorFor(o.items->back()));
            break;
        case T::RateLimit:
            if (name == QLatin1String("cost"))
                return cost;
            if (name == QLatin1String("limit"))
                return budget->limit;
            if (name == QLatin1String("nodeCount"))
                return double(nodes);
            if (name == QLatin1String("remaining"))
                return std::max(0, budget->limit - budget->used);
            if (name == QLatin1String("used"))
                return budget->used;
            if (name == QLatin1String("resetAt"))
                return EmulatorStore::isoDate(budget->reset);
            break;
        case T::DeploymentConnection:
            return connectionField(o, field, path, T::Deployment, T::DeploymentEdge);
        case T::DeploymentStatusConnection:
            return connectionField(o, field, path, T::DeploymentStatus, T::DeploymentStatusEdge);
        case T::EnvironmentConnection:
            return connectionField(o, field, path, T::Environment, T::EnvironmentEdge);
        case T::DeploymentEdge:
        case T::DeploymentStatusEdge:
        case T::EnvironmentEdge: {
            if (name == QLatin1String("cursor"))
                return cursorFor(o.itemId);
            Object node = o;
            node.type = o.type == T::DeploymentEdge         ? T::Deployment
                        : o.type == T::DeploymentStatusEdge ? T::DeploymentStatus
                                                            : T::Environment;
            return object(node, field, path);
        }
        case T::Environment:
            if (name == QLatin1String("id"))
                return EmulatorStore::nodeId(QStringLiteral("Environment"), o.environment->id);
            if (name == QLatin1String("databaseId"))
                return o.environment->id;
            if (name == QLatin1String("name"))
                return o.environment->name;
            if (name == QLatin1String("isPinned"))
                return false;
            if (name == QLatin1String("pinnedPosition"))
                return QJsonValue::Null;
            break;
        }
        return QJsonValue::Null; // analyse() refused unknown fields before
    }

    EmulatorStore &m_store;
    const EmulatorRequest &m_request;
    const GraphQLDocument &m_document;
    QJsonObject m_variables;
    QSet<QString> m_declared;
    QSet<QString> m_reportedUndeclared;
    QString m_operationName;
    std::map<std::pair<int, const QList<GraphQLSelection> *>, QList<const GraphQLSelection *>>
        m_collected;
    bool m_sawDryRun = false;
    bool m_sawOtherRootField = false;
};

EmulatorResponse json(const QJsonObject &body, int status = 200)
{
    EmulatorResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

EmulatorResponse errorsOnly(const QJsonArray &errors)
{
    return json({{QStringLiteral("errors"), errors}});
}

void addRateHeaders(EmulatorResponse &r, const EmulatorGraphQLBudget &budget)
{
    r.setHeader("x-ratelimit-limit", QByteArray::number(budget.limit));
    r.setHeader("x-ratelimit-remaining",
                QByteArray::number(std::max(0, budget.limit - budget.used)));
    r.setHeader("x-ratelimit-reset", QByteArray::number(budget.reset.toSecsSinceEpoch()));
    r.setHeader("x-ratelimit-used", QByteArray::number(budget.used));
    r.setHeader("x-ratelimit-resource", "graphql");
}

} // namespace

bool EmulatorGraphQL::handles(const QString &path)
{
    return path == QLatin1String("/graphql") || path == QLatin1String("/api/graphql");
}

EmulatorResponse EmulatorGraphQL::handle(EmulatorStore &store, const EmulatorRequest &request,
                                         EmulatorGraphQLBudget &budget)
{
    EmulatorResponse r = [&] {
        if (request.method != "POST")
            return EmulatorApi::error(404, QStringLiteral("Not Found"), graphqlDocs);
        QJsonParseError parseError;
        const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !body.isObject())
            return EmulatorApi::error(400, QStringLiteral("Problems parsing JSON"), graphqlDocs);
        const QJsonObject envelope = body.object();
        const QString source = envelope.value(QStringLiteral("query")).toString();
        if (source.trimmed().isEmpty())
            return errorsOnly({QJsonObject{
                {QStringLiteral("message"), QStringLiteral("A query attribute must be specified "
                                                           "and must be a string.")}}});
        const QJsonValue variablesValue = envelope.value(QStringLiteral("variables"));
        if (!variablesValue.isUndefined() && !variablesValue.isNull() && !variablesValue.isObject())
            return errorsOnly({QJsonObject{
                {QStringLiteral("message"), QStringLiteral("Variables are invalid JSON.")}}});

        QString message;
        GraphQLLocation where;
        const std::optional<GraphQLDocument> document =
            GraphQLDocument::parse(source, &message, &where);
        if (!document)
            return errorsOnly(
                {QJsonObject{{QStringLiteral("message"), message},
                             {QStringLiteral("locations"),
                              QJsonArray{QJsonObject{{QStringLiteral("line"), where.line},
                                                     {QStringLiteral("column"), where.column}}}}}});

        // Which operation: the only one, or the one operationName names.
        const QString operationName = envelope.value(QStringLiteral("operationName")).toString();
        const GraphQLOperation *operation = nullptr;
        for (const GraphQLOperation &candidate : document->operations) {
            if (operationName.isEmpty() ? document->operations.size() == 1
                                        : candidate.name == operationName)
                operation = &candidate;
        }
        if (!operation) {
            const QString problem =
                document->operations.isEmpty()
                    ? QStringLiteral("Document does not contain any operations")
                : operationName.isEmpty()
                    ? QStringLiteral("An operation name is required")
                    : QStringLiteral("No operation named \"%1\"").arg(operationName);
            return errorsOnly({QJsonObject{{QStringLiteral("message"), problem}}});
        }
        if (operation->type != QLatin1String("query"))
            return errorsOnly({QJsonObject{
                {QStringLiteral("message"),
                 QStringLiteral("This emulator answers queries only; writes go over REST.")}}});

        Executor executor(store, request, *document, variablesValue.toObject());
        executor.budget = &budget;
        executor.checkVariables(*operation);
        if (executor.validation.isEmpty()) {
            QSet<QString> visiting;
            executor.analyse(Object::Type::Query, operation->selections, 1, {}, &visiting);
            executor.finishAnalysis();
        }
        if (!executor.validation.isEmpty())
            return errorsOnly(executor.validation); // costs nothing, as on GitHub

        const int charge = executor.onlyDryRun ? 0 : executor.cost;
        if (budget.used + charge > budget.limit) {
            return errorsOnly(
                {QJsonObject{{QStringLiteral("type"), QStringLiteral("RATE_LIMITED")},
                             {QStringLiteral("message"),
                              QStringLiteral("API rate limit exceeded for user ID %1.")
                                  .arg(request.caller.userId)}}});
        }
        budget.used += charge;
        QJsonObject answer{
            {QStringLiteral("data"), executor.execute(Object(), operation->selections, nullptr)}};
        if (!executor.errors.isEmpty())
            answer.insert(QStringLiteral("errors"), executor.errors);
        return json(answer);
    }();
    addRateHeaders(r, budget);
    return r;
}

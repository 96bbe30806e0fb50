#include "emulator/graphqldocument.h"

#include <QSet>

namespace {

struct Token
{
    enum class Type { End, Punctuator, Name, Int, Float, String };
    Type type = Type::End;
    QString text; // the punctuator, name, number or (decoded) string
    GraphQLLocation location;
};

// graphql-ruby's token names, which GitHub's parse errors quote.
QString tokenName(const Token &token)
{
    static const QHash<QString, QString> punctuators = {
        {QStringLiteral("{"), QStringLiteral("LCURLY")},
        {QStringLiteral("}"), QStringLiteral("RCURLY")},
        {QStringLiteral("("), QStringLiteral("LPAREN")},
        {QStringLiteral(")"), QStringLiteral("RPAREN")},
        {QStringLiteral("["), QStringLiteral("LBRACKET")},
        {QStringLiteral("]"), QStringLiteral("RBRACKET")},
        {QStringLiteral(":"), QStringLiteral("COLON")},
        {QStringLiteral("$"), QStringLiteral("VAR_SIGN")},
        {QStringLiteral("@"), QStringLiteral("DIR_SIGN")},
        {QStringLiteral("..."), QStringLiteral("ELLIPSIS")},
        {QStringLiteral("="), QStringLiteral("EQUALS")},
        {QStringLiteral("!"), QStringLiteral("BANG")},
        {QStringLiteral("|"), QStringLiteral("PIPE")},
        {QStringLiteral("&"), QStringLiteral("AMP")},
    };
    switch (token.type) {
    case Token::Type::Punctuator:
        return punctuators.value(token.text, QStringLiteral("UNKNOWN_CHAR"));
    case Token::Type::Name:
        return QStringLiteral("IDENTIFIER");
    case Token::Type::Int:
        return QStringLiteral("INT");
    case Token::Type::Float:
        return QStringLiteral("FLOAT");
    case Token::Type::String:
        return QStringLiteral("STRING");
    case Token::Type::End:
        break;
    }
    return QStringLiteral("END");
}

class Lexer
{
public:
    explicit Lexer(const QString &source)
        : m_source(source)
    {}

    // False with `error` set on a character no token starts with, or an unterminated string.
    bool tokenize(QList<Token> *tokens, QString *error, GraphQLLocation *where)
    {
        for (;;) {
            skipIgnored();
            Token token;
            token.location = location();
            if (m_pos >= m_source.size()) {
                tokens->append(token);
                return true;
            }
            const QChar c = m_source.at(m_pos);
            if (m_source.mid(m_pos, 3) == QLatin1String("...")) {
                token.type = Token::Type::Punctuator;
                token.text = QStringLiteral("...");
                advance(3);
            } else if (QStringLiteral("!$&()[]{}:=@|").contains(c)) {
                token.type = Token::Type::Punctuator;
                token.text = c;
                advance(1);
            } else if (c == QLatin1Char('_') || c.isLetter()) {
                token.type = Token::Type::Name;
                const int start = m_pos;
                while (m_pos < m_source.size() && (m_source.at(m_pos) == QLatin1Char('_') ||
                                                   (m_source.at(m_pos).unicode() < 128 &&
                                                    m_source.at(m_pos).isLetterOrNumber())))
                    advance(1);
                token.text = m_source.mid(start, m_pos - start);
            } else if (c == QLatin1Char('-') || c.isDigit()) {
                if (!number(&token))
                    return fail(token.location, error, where);
            } else if (c == QLatin1Char('"')) {
                if (!string(&token))
                    return fail(token.location, error, where);
            } else {
                return fail(token.location, error, where);
            }
            tokens->append(token);
        }
    }

private:
    GraphQLLocation location() const { return {m_line, m_pos - m_lineStart + 1}; }

    void advance(int count)
    {
        for (int i = 0; i < count && m_pos < m_source.size(); ++i) {
            if (m_source.at(m_pos) == QLatin1Char('\n')) {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
            ++m_pos;
        }
    }

    void skipIgnored()
    {
        while (m_pos < m_source.size()) {
            const QChar c = m_source.at(m_pos);
            if (c == QLatin1Char('#')) {
                while (m_pos < m_source.size() && m_source.at(m_pos) != QLatin1Char('\n'))
                    advance(1);
            } else if (c.isSpace() || c == QLatin1Char(',') || c == QChar(0xFEFF)) {
                advance(1);
            } else {
                break;
            }
        }
    }

    bool number(Token *token)
    {
        const int start = m_pos;
        if (m_source.at(m_pos) == QLatin1Char('-'))
            advance(1);
        if (m_pos >= m_source.size() || !m_source.at(m_pos).isDigit())
            return false;
        while (m_pos < m_source.size() && m_source.at(m_pos).isDigit())
            advance(1);
        token->type = Token::Type::Int;
        if (m_pos < m_source.size() && m_source.at(m_pos) == QLatin1Char('.')) {
            token->type = Token::Type::Float;
            advance(1);
            while (m_pos < m_source.size() && m_source.at(m_pos).isDigit())
                advance(1);
        }
        if (m_pos < m_source.size() && m_source.at(m_pos).toLower() == QLatin1Char('e')) {
            token->type = Token::Type::Float;
            advance(1);
            if (m_pos < m_source.size() &&
                (m_source.at(m_pos) == QLatin1Char('+') || m_source.at(m_pos) == QLatin1Char('-')))
                advance(1);
            while (m_pos < m_source.size() && m_source.at(m_pos).isDigit())
                advance(1);
        }
        token->text = m_source.mid(start, m_pos - start);
        return true;
    }

    bool string(Token *token)
    {
        token->type = Token::Type::String;
        if (m_source.mid(m_pos, 3) == QLatin1String("\"\"\"")) {
            advance(3);
            const int end = m_source.indexOf(QLatin1String("\"\"\""), m_pos);
            if (end < 0)
                return false;
            token->text = m_source.mid(m_pos, end - m_pos).trimmed();
            advance(end - m_pos + 3);
            return true;
        }
        advance(1);
        QString text;
        while (m_pos < m_source.size()) {
            const QChar c = m_source.at(m_pos);
            if (c == QLatin1Char('"')) {
                advance(1);
                token->text = text;
                return true;
            }
            if (c == QLatin1Char('\n'))
                return false;
            if (c == QLatin1Char('\\') && m_pos + 1 < m_source.size()) {
                const QChar e = m_source.at(m_pos + 1);
                advance(2);
                switch (e.unicode()) {
                case 'n':
                    text += QLatin1Char('\n');
                    break;
                case 't':
                    text += QLatin1Char('\t');
                    break;
                case 'r':
                    text += QLatin1Char('\r');
                    break;
                case 'b':
                    text += QLatin1Char('\b');
                    break;
                case 'f':
                    text += QLatin1Char('\f');
                    break;
                case 'u': {
                    bool ok = false;
                    const ushort code = m_source.mid(m_pos, 4).toUShort(&ok, 16);
                    if (!ok)
                        return false;
                    text += QChar(code);
                    advance(4);
                    break;
                }
                default:
                    text += e; // \" \\ \/
                }
                continue;
            }
            text += c;
            advance(1);
        }
        return false;
    }

    bool fail(const GraphQLLocation &at, QString *error, GraphQLLocation *where) const
    {
        const QChar c = m_pos < m_source.size() ? m_source.at(m_pos) : QChar();
        *error = QStringLiteral("Parse error on bad Unicode escape sequence or character \"%1\" "
                                "(UNKNOWN_CHAR) at [%2, %3]")
                     .arg(c)
                     .arg(at.line)
                     .arg(at.column);
        *where = at;
        return false;
    }

    const QString &m_source;
    int m_pos = 0;
    int m_line = 1;
    int m_lineStart = 0;
};

class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    {}

    bool document(GraphQLDocument *doc)
    {
        if (peek().type == Token::Type::End)
            return failHere();
        while (peek().type != Token::Type::End) {
            const Token &t = peek();
            if (isPunctuator(QStringLiteral("{"))) {
                GraphQLOperation op;
                op.location = t.location;
                if (!selectionSet(&op.selections))
                    return false;
                doc->operations.append(op);
            } else if (t.type == Token::Type::Name &&
                       (t.text == QLatin1String("query") || t.text == QLatin1String("mutation") ||
                        t.text == QLatin1String("subscription"))) {
                if (!operation(doc))
                    return false;
            } else if (t.type == Token::Type::Name && t.text == QLatin1String("fragment")) {
                if (!fragment(doc))
                    return false;
            } else {
                return failHere();
            }
        }
        return true;
    }

    QString error;
    GraphQLLocation where;

private:
    const Token &peek() const { return m_tokens.at(m_index); }
    const Token &take() { return m_tokens.at(m_index < m_tokens.size() - 1 ? m_index++ : m_index); }
    bool isPunctuator(const QString &p) const
    {
        return peek().type == Token::Type::Punctuator && peek().text == p;
    }
    bool skip(const QString &p)
    {
        if (!isPunctuator(p))
            return false;
        take();
        return true;
    }
    bool expect(const QString &p) { return skip(p) || failHere(); }

    bool failHere()
    {
        const Token &t = peek();
        where = t.location;
        if (t.type == Token::Type::End)
            error = QStringLiteral("Unexpected end of document");
        else
            error = QStringLiteral("Parse error on \"%1\" (%2) at [%3, %4]")
                        .arg(t.text, tokenName(t))
                        .arg(t.location.line)
                        .arg(t.location.column);
        return false;
    }

    bool name(QString *out)
    {
        if (peek().type != Token::Type::Name)
            return failHere();
        *out = take().text;
        return true;
    }

    bool operation(GraphQLDocument *doc)
    {
        GraphQLOperation op;
        op.location = peek().location;
        op.type = take().text;
        if (peek().type == Token::Type::Name)
            op.name = take().text;
        if (skip(QStringLiteral("("))) {
            while (!skip(QStringLiteral(")"))) {
                GraphQLVariableDefinition def;
                def.location = peek().location;
                if (!expect(QStringLiteral("$")) || !name(&def.name) ||
                    !expect(QStringLiteral(":")) || !type(&def.type))
                    return false;
                if (skip(QStringLiteral("="))) {
                    GraphQLValue value;
                    if (!this->value(&value, true))
                        return false;
                    def.defaultValue = value;
                }
                QList<GraphQLDirective> ignored;
                if (!directives(&ignored))
                    return false;
                op.variables.append(def);
            }
        }
        if (!directives(&op.directives) || !selectionSet(&op.selections))
            return false;
        doc->operations.append(op);
        return true;
    }

    bool fragment(GraphQLDocument *doc)
    {
        GraphQLFragment fragment;
        fragment.location = peek().location;
        take(); // "fragment"
        if (!name(&fragment.name))
            return false;
        if (fragment.name == QLatin1String("on"))
            return failHere();
        if (peek().type != Token::Type::Name || peek().text != QLatin1String("on"))
            return failHere();
        take();
        QList<GraphQLDirective> ignored;
        if (!name(&fragment.typeCondition) || !directives(&ignored) ||
            !selectionSet(&fragment.selections))
            return false;
        doc->fragments.insert(fragment.name, fragment);
        return true;
    }

    bool type(GraphQLTypeRef *out)
    {
        if (skip(QStringLiteral("["))) {
            auto inner = std::make_shared<GraphQLTypeRef>();
            if (!type(inner.get()) || !expect(QStringLiteral("]")))
                return false;
            out->name = inner->name;
            out->ofType = inner;
        } else if (!name(&out->name)) {
            return false;
        }
        out->nonNull = skip(QStringLiteral("!"));
        return true;
    }

    bool selectionSet(QList<GraphQLSelection> *out)
    {
        if (!expect(QStringLiteral("{")))
            return false;
        if (isPunctuator(QStringLiteral("}")))
            return failHere(); // an empty selection set is a syntax error
        while (!skip(QStringLiteral("}"))) {
            GraphQLSelection selection;
            selection.location = peek().location;
            if (skip(QStringLiteral("..."))) {
                if (peek().type == Token::Type::Name && peek().text != QLatin1String("on")) {
                    selection.kind = GraphQLSelection::Kind::FragmentSpread;
                    selection.name = take().text;
                    if (!directives(&selection.directives))
                        return false;
                } else {
                    selection.kind = GraphQLSelection::Kind::InlineFragment;
                    if (peek().type == Token::Type::Name) { // "on"
                        take();
                        if (!name(&selection.typeCondition))
                            return false;
                    }
                    if (!directives(&selection.directives) || !selectionSet(&selection.selections))
                        return false;
                }
            } else {
                if (!name(&selection.name))
                    return false;
                if (skip(QStringLiteral(":"))) {
                    selection.alias = selection.name;
                    if (!name(&selection.name))
                        return false;
                }
                if (isPunctuator(QStringLiteral("(")) && !arguments(&selection.arguments, false))
                    return false;
                if (!directives(&selection.directives))
                    return false;
                if (isPunctuator(QStringLiteral("{")) && !selectionSet(&selection.selections))
                    return false;
            }
            out->append(selection);
        }
        return true;
    }

    bool arguments(QList<QPair<QString, GraphQLValue>> *out, bool constant)
    {
        take(); // "("
        if (isPunctuator(QStringLiteral(")")))
            return failHere();
        while (!skip(QStringLiteral(")"))) {
            QString argumentName;
            GraphQLValue value;
            if (!name(&argumentName) || !expect(QStringLiteral(":")) ||
                !this->value(&value, constant))
                return false;
            out->append({argumentName, value});
        }
        return true;
    }

    bool directives(QList<GraphQLDirective> *out)
    {
        while (skip(QStringLiteral("@"))) {
            GraphQLDirective directive;
            if (!name(&directive.name))
                return false;
            if (isPunctuator(QStringLiteral("(")) && !arguments(&directive.arguments, false))
                return false;
            out->append(directive);
        }
        return true;
    }

    bool value(GraphQLValue *out, bool constant)
    {
        const Token &t = peek();
        switch (t.type) {
        case Token::Type::Int:
            out->kind = GraphQLValue::Kind::Int;
            out->text = take().text;
            return true;
        case Token::Type::Float:
            out->kind = GraphQLValue::Kind::Float;
            out->text = take().text;
            return true;
        case Token::Type::String:
            out->kind = GraphQLValue::Kind::String;
            out->text = take().text;
            return true;
        case Token::Type::Name:
            if (t.text == QLatin1String("true") || t.text == QLatin1String("false")) {
                out->kind = GraphQLValue::Kind::Boolean;
                out->boolean = take().text == QLatin1String("true");
            } else if (t.text == QLatin1String("null")) {
                out->kind = GraphQLValue::Kind::Null;
                take();
            } else {
                out->kind = GraphQLValue::Kind::Enum;
                out->text = take().text;
            }
            return true;
        case Token::Type::Punctuator:
            if (t.text == QLatin1String("$") && !constant) {
                take();
                out->kind = GraphQLValue::Kind::Variable;
                return name(&out->text);
            }
            if (t.text == QLatin1String("[")) {
                take();
                out->kind = GraphQLValue::Kind::List;
                while (!skip(QStringLiteral("]"))) {
                    GraphQLValue item;
                    if (!value(&item, constant))
                        return false;
                    out->list.append(item);
                }
                return true;
            }
            if (t.text == QLatin1String("{")) {
                take();
                out->kind = GraphQLValue::Kind::Object;
                while (!skip(QStringLiteral("}"))) {
                    QString fieldName;
                    GraphQLValue item;
                    if (!name(&fieldName) || !expect(QStringLiteral(":")) ||
                        !value(&item, constant))
                        return false;
                    out->fields.append({fieldName, item});
                }
                return true;
            }
            break;
        case Token::Type::End:
            break;
        }
        return failHere();
    }

    QList<Token> m_tokens;
    int m_index = 0;
};

} // namespace

const GraphQLValue *GraphQLSelection::argument(const QString &argumentName) const
{
    for (const auto &[key, value] : arguments) {
        if (key == argumentName)
            return &value;
    }
    return nullptr;
}

QString GraphQLTypeRef::toString() const
{
    const QString inner =
        isList() ? QLatin1Char('[') + ofType->toString() + QLatin1Char(']') : name;
    return nonNull ? inner + QLatin1Char('!') : inner;
}

std::optional<GraphQLDocument> GraphQLDocument::parse(const QString &source, QString *error,
                                                      GraphQLLocation *where)
{
    QString message;
    GraphQLLocation at;
    QList<Token> tokens;
    Lexer lexer(source);
    if (!lexer.tokenize(&tokens, &message, &at)) {
        if (error)
            *error = message;
        if (where)
            *where = at;
        return std::nullopt;
    }
    Parser parser(tokens);
    GraphQLDocument document;
    if (!parser.document(&document)) {
        if (error)
            *error = parser.error;
        if (where)
            *where = parser.where;
        return std::nullopt;
    }
    return document;
}

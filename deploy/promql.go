package deploy

import (
	"slices"
	"strings"
)

// notMetrics are PromQL's keywords, aggregation operators and number
// words: an identifier among them is not a metric.
var notMetrics = []string{"and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring",
	"group_left", "group_right", "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count",
	"count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio", "atan2", "inf", "nan", "start", "end"}

// labelLists are the keywords followed by a parenthesized list of label
// names.
var labelLists = []string{"by", "without", "on", "ignoring", "group_left", "group_right"}

// metricNames are the metric names an expression selects, in order, once
// each. It is a lexer, not a parser (promtool checks the syntax): it
// skips strings, label matchers {…}, ranges […], label lists after by,
// without, on, ignoring, group_left and group_right, numbers and
// durations, and identifiers that are keywords or call a function.
func metricNames(expr string) []string {
	var names []string
	for i := 0; i < len(expr); {
		c := expr[i]
		switch {
		case c == '"' || c == '\'' || c == '`':
			i = skipString(expr, i)
		case c == '{':
			i = skipTo(expr, i, '}')
		case c == '[':
			i = skipTo(expr, i, ']')
		case isDigit(c) || c == '.':
			for i < len(expr) && (isIdent(expr[i]) || expr[i] == '.') {
				i++
			}
		case isIdentStart(c):
			j := i
			for j < len(expr) && isIdent(expr[j]) {
				j++
			}
			word, next := expr[i:j], strings.TrimLeft(expr[j:], " \t\n")
			i = j
			switch {
			case slices.Contains(labelLists, strings.ToLower(word)) && strings.HasPrefix(next, "("):
				i = skipTo(expr, len(expr)-len(next), ')')
			case slices.Contains(notMetrics, strings.ToLower(word)) || strings.HasPrefix(next, "("):
			case !slices.Contains(names, word):
				names = append(names, word)
			}
		default:
			i++
		}
	}
	return names
}

// skipTo returns the index after the first close at or after i, outside
// strings (len(s) if there is none).
func skipTo(s string, i int, close byte) int {
	for i < len(s) {
		switch s[i] {
		case '"', '\'', '`':
			i = skipString(s, i)
			continue
		case close:
			return i + 1
		}
		i++
	}
	return i
}

// skipString returns the index after the string literal that starts at i.
func skipString(s string, i int) int {
	quote := s[i]
	for i++; i < len(s); i++ {
		switch {
		case s[i] == '\\' && quote != '`':
			i++
		case s[i] == quote:
			return i + 1
		}
	}
	return i
}

func isDigit(c byte) bool      { return c >= '0' && c <= '9' }
func isIdentStart(c byte) bool { return c == '_' || c == ':' || (c|0x20 >= 'a' && c|0x20 <= 'z') }
func isIdent(c byte) bool      { return isIdentStart(c) || isDigit(c) }

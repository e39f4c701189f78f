package registrar

import (
	"errors"
	"fmt"
	"github.com/evote-org/evote/registrar/api"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// apiError is an error answer: HTTP status, machine-readable code, and the
// sentence a voter sees in English and Russian (%d, if any, is minutes;
// for auth_failed, the attempts left).
type apiError struct {
	status   int
	code     string
	en, ru   string
	retrySec int // Retry-After for 503, if set
}

var (
	errBadRequest = &apiError{http.StatusBadRequest, "bad_request",
		"The request could not be read. Please reload the page and try again.",
		"Не удалось прочитать запрос. Обновите страницу и попробуйте ещё раз.", 0}
	errMediaType = &apiError{http.StatusUnsupportedMediaType, "unsupported_media_type",
		errBadRequest.en, errBadRequest.ru, 0}
	errTooLarge = &apiError{http.StatusRequestEntityTooLarge, "too_large",
		"The request is too large. Please reload the page and try again.",
		"Запрос слишком большой. Обновите страницу и попробуйте ещё раз.", 0}
	errMethod = &apiError{http.StatusMethodNotAllowed, "method_not_allowed",
		"This address does not accept this kind of request.",
		"Этот адрес не принимает такой запрос.", 0}
	errNotFound = &apiError{http.StatusNotFound, "not_found",
		"There is nothing at this address.",
		"По этому адресу ничего нет.", 0}
	errOrigin = &apiError{http.StatusForbidden, "forbidden_origin",
		"This web page may not register voters with this registrar. Vote from the official voting page.",
		"Эта веб-страница не может регистрировать избирателей у этого регистратора. Голосуйте на официальной странице голосования.", 0}
	errElection = &apiError{http.StatusNotFound, "unknown_election",
		"This registrar does not serve this election. Check the link to the voting page.",
		"Этот регистратор не обслуживает эти выборы. Проверьте ссылку на страницу голосования.", 0}
	errBlinded = &apiError{http.StatusBadRequest, "invalid_blinded_message",
		"Your browser sent an invalid request. Please reload the page and try again.",
		"Ваш браузер отправил неверный запрос. Обновите страницу и попробуйте ещё раз.", 0}
	errAuth = &apiError{http.StatusUnauthorized, "auth_failed",
		"The voter ID or the voting code is wrong. Check both and try again.",
		"Неверный номер избирателя или код для голосования. Проверьте оба и попробуйте ещё раз.", 0}
	errAuthLeft = &apiError{http.StatusUnauthorized, "auth_failed",
		errAuth.en + " Attempts left: %d.",
		errAuth.ru + " Осталось попыток: %d.", 0}
	errTooMany = &apiError{http.StatusTooManyRequests, "too_many_attempts",
		"Too many wrong codes for this voter ID from your network. Check the code in your letter and try again in %d minutes, or from another network (for example, mobile data instead of Wi-Fi).",
		"Слишком много неверных кодов для этого номера избирателя из вашей сети. Проверьте код в письме и попробуйте снова через %d мин. или из другой сети (например, через мобильный интернет вместо Wi-Fi).", 0}
	errClientLocked = &apiError{http.StatusTooManyRequests, "client_locked",
		"Too many wrong attempts from your network. Try again in %d minutes.",
		"Слишком много неверных попыток из вашей сети. Попробуйте снова через %d мин.", 0}
	errIssued = &apiError{http.StatusConflict, "already_issued",
		"A token has already been issued for this voter ID in this election, and each voter gets one. If it was not you, contact the election commission.",
		"Для этого номера избирателя на этих выборах уже выдан жетон, а каждый избиратель получает один. Если это были не вы, обратитесь в избирательную комиссию.", 0}
	errUnavailable = &apiError{http.StatusServiceUnavailable, "unavailable",
		"Registration is temporarily unavailable and no token was issued. Please try again in a few minutes.",
		"Регистрация временно недоступна, жетон не выдан. Попробуйте ещё раз через несколько минут.", 60}
	errPollsClosed = &apiError{http.StatusConflict, "polls_closed",
		"Voting has ended: no more tokens are issued.",
		"Голосование окончено: жетоны больше не выдаются.", 0}
	errBusy = &apiError{http.StatusServiceUnavailable, "busy",
		"The registrar is busy. Please try again in a moment.",
		"Регистратор перегружен. Попробуйте ещё раз через минуту.", 5}
	errLogUnavailable = &apiError{http.StatusServiceUnavailable, "log_unavailable",
		"The registration log cannot be read right now. Please try again in a few minutes.",
		"Журнал регистрации сейчас недоступен. Попробуйте ещё раз через несколько минут.", 60}
	errInternal = &apiError{http.StatusInternalServerError, "internal",
		"Something went wrong on our side and no token was issued. Please try again later.",
		"У нас что-то пошло не так, жетон не выдан. Попробуйте ещё раз позже.", 0}
)

// writeIssueError answers with the apiError of err.
func (s *Service) writeIssueError(w http.ResponseWriter, r *http.Request, err error) {
	var lock *LockError
	var auth *AuthError
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		writeError(w, r, errTooLarge, 0)
	case errors.Is(err, errRequest):
		writeError(w, r, errBadRequest, 0)
	case errors.Is(err, ErrBlindedMessage):
		writeError(w, r, errBlinded, 0)
	case errors.As(err, &auth) && auth.AttemptsLeft >= 0:
		writeAnswer(w, r, errAuthLeft, api.ErrorResponse{AttemptsLeft: &auth.AttemptsLeft}, auth.AttemptsLeft)
	case errors.Is(err, ErrAuth):
		writeError(w, r, errAuth, 0)
	case errors.As(err, &lock) && errors.Is(err, ErrTooManyAttempts):
		writeError(w, r, errTooMany, lock.RetryAfter)
	case errors.As(err, &lock):
		writeError(w, r, errClientLocked, lock.RetryAfter)
	case errors.Is(err, ErrAlreadyIssued):
		writeError(w, r, errIssued, 0)
	case errors.Is(err, ErrPollsClosed):
		writeError(w, r, errPollsClosed, 0)
	case errors.Is(err, ErrUnavailable), errors.Is(err, ErrClosed), errors.Is(err, ErrRollMismatch), errors.Is(err, ErrStoreBehind):
		writeError(w, r, errUnavailable, 0)
	case errors.Is(err, ErrBusy):
		writeError(w, r, errBusy, 0)
	default:
		s.cfg.Logger.Error("registrar: internal error, no token issued", "err", err)
		writeError(w, r, errInternal, 0)
	}
}

// writeError answers with e, in Russian if the client prefers it, with
// Retry-After (header and retry_after) for the limits (retry) and for 503
// answers.
func writeError(w http.ResponseWriter, r *http.Request, e *apiError, retry time.Duration) {
	var body api.ErrorResponse
	switch {
	case e.status == http.StatusTooManyRequests:
		body.RetryAfter = max(int((retry+time.Second-1)/time.Second), 1)
		writeAnswer(w, r, e, body, max(int((retry+time.Minute-1)/time.Minute), 1))
		return
	case e.retrySec > 0:
		body.RetryAfter = e.retrySec
	}
	writeAnswer(w, r, e, body)
}

// writeAnswer answers with e and the fields of body, its sentence made
// with args.
func writeAnswer(w http.ResponseWriter, r *http.Request, e *apiError, body api.ErrorResponse, args ...any) {
	msg := e.en
	if prefersRussian(r.Header.Get("Accept-Language")) {
		msg = e.ru
	}
	if len(args) > 0 {
		msg = fmt.Sprintf(msg, args...)
	}
	if body.RetryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(body.RetryAfter))
	}
	body.Error, body.Message = e.code, msg
	writeJSON(w, e.status, body)
}

// prefersRussian reports whether the first language of an
// Accept-Language header is Russian.
func prefersRussian(h string) bool {
	first, _, _ := strings.Cut(h, ",")
	first, _, _ = strings.Cut(first, ";")
	first = strings.ToLower(strings.TrimSpace(first))
	return first == "ru" || strings.HasPrefix(first, "ru-")
}

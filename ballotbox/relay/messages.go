package relay

import (
	"fmt"
	"net/http"
	"strings"
)

// text is a sentence in the booth's languages.
type text struct{ en, ru string }

func (t text) in(lang string) string {
	if lang == "ru" {
		return t.ru
	}
	return t.en
}

// What a voter reads about their cast.
var (
	acceptedText = text{
		"Your ballot was accepted and is being recorded in the ballot box.",
		"Ваш бюллетень принят и записывается в урну."}
	includedText = text{
		"Your ballot is recorded in the ballot box (block %d).",
		"Ваш бюллетень записан в урну (блок %d)."}
	reasonText = map[Reason]text{
		NotOpen: {
			"Voting is not open, so your ballot was not recorded.",
			"Голосование сейчас не идёт, поэтому ваш бюллетень не записан."},
		BadSignature: {
			"Your ballot's signature is not valid, so it was not recorded. Please reload the voting page and vote again.",
			"Подпись бюллетеня недействительна, поэтому он не записан. Обновите страницу голосования и проголосуйте ещё раз."},
		BadToken: {
			"The registration token of your ballot is not valid for this election, so it was not recorded. Please start again from the voting page.",
			"Жетон регистрации вашего бюллетеня недействителен для этих выборов, поэтому бюллетень не записан. Начните заново со страницы голосования."},
		BadEncoding: {
			"Your ballot could not be read, so it was not recorded. Please reload the voting page and vote again.",
			"Ваш бюллетень не удалось прочитать, поэтому он не записан. Обновите страницу голосования и проголосуйте ещё раз."},
		BadProof: {
			"Your ballot failed its correctness check, so it was not recorded. Please reload the voting page and vote again.",
			"Ваш бюллетень не прошёл проверку правильности, поэтому он не записан. Обновите страницу голосования и проголосуйте ещё раз."},
		AlreadyVoted: {
			"A ballot has already been cast with this registration, so this one was not recorded: each voter casts one ballot.",
			"С этой регистрацией бюллетень уже подан, поэтому этот не записан: каждый избиратель голосует один раз."},
	}
)

func statusMessage(st Status, lang string) string {
	switch st.Phase {
	case Accepted:
		return acceptedText.in(lang)
	case Included:
		return fmt.Sprintf(includedText.in(lang), st.Block)
	}
	return reasonText[st.Reason].in(lang)
}

// apiError is an answer that is not about a cast: nothing was queued.
type apiError struct {
	status int
	code   string
	text
}

var (
	errBadRequest = &apiError{http.StatusBadRequest, "bad-request", text{
		"The request could not be read, and no ballot was recorded. Please reload the page and try again.",
		"Не удалось прочитать запрос, бюллетень не записан. Обновите страницу и попробуйте ещё раз."}}
	errTooLarge = &apiError{http.StatusRequestEntityTooLarge, "too-large", text{
		"The request is too large, and no ballot was recorded. Please reload the page and try again.",
		"Запрос слишком большой, бюллетень не записан. Обновите страницу и попробуйте ещё раз."}}
	errMediaType = &apiError{http.StatusUnsupportedMediaType, "unsupported-media-type", errBadRequest.text}
	errMethod    = &apiError{http.StatusMethodNotAllowed, "method-not-allowed", text{
		"This address does not accept this kind of request.",
		"Этот адрес не принимает такой запрос."}}
	errNotFound = &apiError{http.StatusNotFound, "not-found", text{
		"There is nothing at this address.",
		"По этому адресу ничего нет."}}
	errOrigin = &apiError{http.StatusForbidden, "forbidden-origin", text{
		"This web page may not send ballots to this relay. Vote from the official voting page.",
		"Эта веб-страница не может отправлять бюллетени этому ретранслятору. Голосуйте на официальной странице голосования."}}
	errUnknownTracker = &apiError{http.StatusNotFound, "unknown-tracker", text{
		"This relay knows no ballot with this tracker code. Check the code, or look it up on the election's public record.",
		"Этому ретранслятору неизвестен бюллетень с таким кодом. Проверьте код или найдите его в открытой записи выборов."}}
	errTooManyWatches = &apiError{http.StatusTooManyRequests, "too-many-watches", text{
		"Too many ballots are followed on this connection.",
		"В этом соединении отслеживается слишком много бюллетеней."}}
	errRateLimited = &apiError{http.StatusTooManyRequests, "rate-limited", text{
		"Too many ballots were sent from your network just now, and yours was not recorded. Please wait a minute and try again.",
		"Из вашей сети только что отправлено слишком много бюллетеней, ваш не записан. Подождите минуту и попробуйте ещё раз."}}
	errBusy = &apiError{http.StatusServiceUnavailable, "busy", text{
		"The relay is busy. Please try again in a moment.",
		"Ретранслятор перегружен. Попробуйте ещё раз через минуту."}}
	errUnavailable = &apiError{http.StatusServiceUnavailable, "unavailable", text{
		"Ballots cannot be accepted right now, and yours was not recorded. Please try again in a few minutes.",
		"Сейчас бюллетени не принимаются, ваш не записан. Попробуйте ещё раз через несколько минут."}}
	errInternal = &apiError{http.StatusInternalServerError, "internal", text{
		"Something went wrong on our side, and your ballot was not recorded. Please try again later.",
		"У нас что-то пошло не так, ваш бюллетень не записан. Попробуйте ещё раз позже."}}
)

func (e *apiError) update(id, lang string) Update {
	return Update{ID: id, Status: "error", Error: e.code, Message: e.in(lang)}
}

// language is "ru" if the request's lang field says so or, without one,
// if the first language of Accept-Language is Russian; else "en".
func language(r *http.Request, field string) string {
	switch strings.ToLower(field) {
	case "ru":
		return "ru"
	case "en":
		return "en"
	}
	first, _, _ := strings.Cut(r.Header.Get("Accept-Language"), ",")
	first, _, _ = strings.Cut(first, ";")
	first = strings.ToLower(strings.TrimSpace(first))
	if first == "ru" || strings.HasPrefix(first, "ru-") {
		return "ru"
	}
	return "en"
}

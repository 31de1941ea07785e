# Решение маслихата – шаблон на русском языке.
# Каждая строка – один абзац. […] в начале строки – стиль абзаца: left, center, right, justify,
# bold, indent (красная строка), keep (на одной странице со следующим), page-break (с новой страницы).
# [blank] – пустая строка; [signature] должность | фамилия – строка подписи.
# {{поле}} – значение из данных; {{#if …}} / {{else}} / {{/if}} – условие;
# {{#each список as x}} / {{/each}} – повтор. Неизвестное поле – ошибка при загрузке.
[center bold keep] {{maslikhatName}}
[blank]
[center bold keep] РЕШЕНИЕ
[center keep] {{dateNumber}}
[center keep] {{place}}
[blank]
[center bold keep] {{title}}
[blank]
{{#if registration}}
[justify indent] Зарегистрировано {{registration.authority}} {{registration.date}} {{registration.number}}.
{{/if}}
[justify indent] {{preamble}}
{{#each points as p}}
[justify indent] {{p.number}} {{p.text}}
{{#each p.subpoints as s}}
[justify indent] {{s.number}} {{s.text}}
{{/each}}
{{/each}}
[blank]
[blank]
[signature] {{signatoryPost}} | {{signatoryName}}
{{#each appendices as a}}
[right page-break] {{a.label}} к решению {{maslikhatGenitive}} {{dateNumber}}
[blank]
[center bold keep] {{a.title}}
[blank]
{{#each a.paragraphs as x}}
[justify indent] {{x.text}}
{{/each}}
{{/each}}

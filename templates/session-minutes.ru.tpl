# Протокол сессии маслихата – шаблон на русском языке. Обозначения – как в decision.ru.tpl.
[center bold keep] {{body}}
[blank]
[center bold keep] ПРОТОКОЛ № {{number}}
[blank]
[justify] {{place}}
{{#if timeEnd}}
[justify] {{date}}, {{timeStart}}–{{timeEnd}}
{{else}}
[justify] {{date}}, {{timeStart}}
{{/if}}
[blank]
[justify indent] Общее число депутатов маслихата – {{entitled}}.
[justify indent] Присутствовали – {{present}} (список прилагается).
{{#if noQuorum}}
[justify indent bold] Кворума нет: требуется не менее {{quorumRequired}}. Сессия неправомочна.
{{/if}}
{{#if invited}}
[justify indent] Приглашенные:
{{#each invited as i}}
[justify indent] {{i.name}} – {{i.post}}.
{{/each}}
{{/if}}
[justify indent] Председатель сессии – {{chairName}}.
[justify indent] Секретарь сессии – {{secretaryName}}.
[blank]
[center bold keep] ПОВЕСТКА ДНЯ:
{{#each agenda as a}}
[justify indent] {{a.number}} {{a.title}}
{{/each}}
{{#each agenda as a}}
[blank]
[justify indent bold keep] {{a.number}} {{a.title}}
{{#if a.heard}}
[justify indent bold keep] СЛУШАЛИ:
{{#if a.heard.post}}
[justify indent] {{a.heard.name}} – {{a.heard.post}}.
{{else}}
[justify indent] {{a.heard.name}}.
{{/if}}
{{#if a.heard.topic}}
[justify indent] {{a.heard.topic}}
{{/if}}
{{/if}}
{{#if a.spoke}}
[justify indent bold keep] ВЫСТУПИЛИ:
{{#each a.spoke as s}}
[justify indent] {{s.name}}: {{s.text}}
{{/each}}
{{/if}}
{{#if a.vote}}
[justify indent] Итоги голосования: за – {{a.vote.for}}, против – {{a.vote.against}}, воздержались – {{a.vote.abstained}}.
{{#if a.adopted}}
[justify indent] Решение принято.
{{else}}
[justify indent] Решение не принято.
{{/if}}
{{/if}}
{{#if a.decision}}
[justify indent bold keep] РЕШИЛИ:
[justify indent] {{a.decision}}
{{/if}}
{{/each}}
[blank]
[blank]
[signature] Председатель сессии | {{chairName}}
[blank]
[signature] Секретарь сессии | {{secretaryName}}
[right page-break] Приложение к протоколу № {{number}} от {{date}}
[blank]
[center bold keep] Список присутствовавших
[blank]
{{#each attendance as p}}
[left] {{p.number}} {{p.name}}
{{/each}}

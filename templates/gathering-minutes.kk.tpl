# Жергілікті қоғамдастық жиынының хаттамасы – қазақ тіліндегі үлгі. Белгілер decision.kk.tpl файлындағыдай.
[center bold keep] {{body}}
[blank]
[center bold keep] ХАТТАМА № {{number}}
[blank]
[justify] {{place}}
{{#if timeEnd}}
[justify] {{date}}, сағат {{timeStart}}–{{timeEnd}}
{{else}}
[justify] {{date}}, сағат {{timeStart}}
{{/if}}
[blank]
[justify indent] Жиынға қатысуға құқығы бар тұрғындардың жалпы саны – {{entitled}}.
[justify indent] Қатысқаны – {{present}} (тізімі қоса беріледі).
{{#if noQuorum}}
[justify indent bold] Кворум жоқ: кемінде {{quorumRequired}} тұрғынның қатысуы қажет. Жиын өтпеді деп есептеледі.
{{/if}}
{{#if invited}}
[justify indent] Шақырылғандар:
{{#each invited as i}}
[justify indent] {{i.name}} – {{i.post}}.
{{/each}}
{{/if}}
[justify indent] Жиын төрағасы – {{chairName}}.
[justify indent] Жиын хатшысы – {{secretaryName}}.
[blank]
[center bold keep] КҮН ТӘРТІБІ:
{{#each agenda as a}}
[justify indent] {{a.number}} {{a.title}}
{{/each}}
{{#each agenda as a}}
[blank]
[justify indent bold keep] {{a.number}} {{a.title}}
{{#if a.heard}}
[justify indent bold keep] ТЫҢДАЛДЫ:
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
[justify indent bold keep] СӨЙЛЕГЕНДЕР:
{{#each a.spoke as s}}
[justify indent] {{s.name}}: {{s.text}}
{{/each}}
{{/if}}
{{#if a.vote}}
[justify indent] Дауыс беру қорытындысы: жақтап – {{a.vote.for}}, қарсы – {{a.vote.against}}, қалыс қалды – {{a.vote.abstained}}.
{{#if a.adopted}}
[justify indent] Шешім қабылданды.
{{else}}
[justify indent] Шешім қабылданбады.
{{/if}}
{{/if}}
{{#if a.decision}}
[justify indent bold keep] ШЕШТІ:
[justify indent] {{a.decision}}
{{/if}}
{{/each}}
[blank]
[blank]
[signature] Жиын төрағасы | {{chairName}}
[blank]
[signature] Жиын хатшысы | {{secretaryName}}
[right page-break] {{date}} № {{number}} хаттамаға қосымша
[blank]
[center bold keep] Қатысқандар тізімі
[blank]
{{#each attendance as p}}
[left] {{p.number}} {{p.name}}
{{/each}}

/**
 * Generated from Loket's OpenAPI document (/api/openapi.json) by scripts/generate-api-types.ts.
 * Do not edit: run `npm run gen:api-types` after changing a route's schema.
 */

export interface paths {
    "/api/aanwezigheid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mijn status (beschikbaar, pauze, offline) en kanalen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kanalen: string[];
                            status: "beschikbaar" | "pauze" | "offline";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Zet mijn status en de kanalen waarop ik contacten aanneem */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kanalen?: string[];
                        status: "beschikbaar" | "pauze" | "offline";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kanalen: string[];
                            status: "beschikbaar" | "pauze" | "offline";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Onderwerp (categorie, artikel) van een tekst */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articleId: string | null;
                            category: string;
                            confidence: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/dashboard/hotspots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hotspots met per hotspot een weekreeks (sparkline) */
        get: {
            parameters: {
                query: {
                    format?: "json" | "csv";
                    /** @description YYYY-MM-DD */
                    from: string;
                    /** @description YYYY-MM-DD */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hotspots: {
                                articleId: string | null;
                                category: string;
                                expected: number;
                                observed: number;
                                score: number;
                                series: {
                                    count: number;
                                    weekStart: string;
                                }[];
                                weekStart: string;
                                wijk: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/herhaalcontacten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Herhaalcontacten: dezelfde partij over dezelfde categorie binnen 7 dagen */
        get: {
            parameters: {
                query: {
                    format?: "json" | "csv";
                    /** @description YYYY-MM-DD */
                    from: string;
                    /** @description YYYY-MM-DD */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            repeats: {
                                category: string;
                                contacts: number;
                                repeats: number;
                                share: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/hotspots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wijken met opvallend veel contacten over een onderwerp, per week */
        get: {
            parameters: {
                query: {
                    format?: "json" | "csv";
                    /** @description YYYY-MM-DD */
                    from: string;
                    /** @description YYYY-MM-DD */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hotspots: {
                                articleId: string | null;
                                category: string;
                                expected: number;
                                observed: number;
                                score: number;
                                weekStart: string;
                                wijk: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/inhoudsgaten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per webpagina de onderwerpen van de chats die er begonnen; pagina's waar men naar het eigen onderwerp blijft vragen */
        get: {
            parameters: {
                query: {
                    format?: "json" | "csv";
                    /** @description YYYY-MM-DD */
                    from: string;
                    /** @description YYYY-MM-DD */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pages: {
                                chats: number;
                                gap: boolean;
                                ownSubjectChats: number;
                                ownSubjectShare: number;
                                pageArticleId: string | null;
                                pageArticleSource: ("redacteur" | "url") | null;
                                paginaUrl: string;
                                topics: {
                                    articleId: string | null;
                                    category: string;
                                    count: number;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/kennishiaten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kennishiaten: onderwerpen en artikelen met de meeste en langste stiltes */
        get: {
            parameters: {
                query: {
                    limit: number;
                    tot?: string;
                    van?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            artikelen: {
                                artikelId: string | null;
                                gemiddeldeSeconden: number;
                                gesprekken: number;
                                langsteSeconden: number;
                                stiltes: number;
                                titel: string | null;
                                totaalSeconden: number;
                            }[];
                            onderwerpen: {
                                gemiddeldeSeconden: number;
                                gesprekken: number;
                                langsteSeconden: number;
                                onderwerp: string;
                                stiltes: number;
                                totaalSeconden: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/kwaliteit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kwaliteit per medewerker, team en week: overtredingen, stiltes en signaalzinnen */
        get: {
            parameters: {
                query?: {
                    medewerkerId?: string;
                    teamId?: string;
                    tot?: string;
                    van?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gesprekken: {
                                geanalyseerdOp: string;
                                gesprekId: string;
                                gestartOp: string;
                                kanaal: string;
                                medewerkerId: string | null;
                                overtredingen: number;
                                stiltes: number;
                                zinAlerts: number;
                            }[];
                            medewerkers: {
                                chats: number;
                                gesprekken: number;
                                medewerkerId: string | null;
                                metOvertreding: number;
                                naam: string | null;
                                overtredingen: number;
                                stiltes: number;
                                stilteSeconden: number;
                                stiltesPerGesprek: number;
                                telefoongesprekken: number;
                                zinAlerts: number;
                            }[];
                            teams: {
                                chats: number;
                                gesprekken: number;
                                metOvertreding: number;
                                naam: string;
                                overtredingen: number;
                                stiltes: number;
                                stilteSeconden: number;
                                stiltesPerGesprek: number;
                                teamId: string;
                                telefoongesprekken: number;
                                zinAlerts: number;
                            }[];
                            trend: {
                                chats: number;
                                gesprekken: number;
                                metOvertreding: number;
                                overtredingen: number;
                                stiltes: number;
                                stilteSeconden: number;
                                stiltesPerGesprek: number;
                                telefoongesprekken: number;
                                week: string;
                                zinAlerts: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/kwaliteit/gesprekken/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het transcript van één gesprek met de gemarkeerde plekken (wordt gelogd) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            geanalyseerdOp: string;
                            gesprekId: string;
                            geverifieerdBijSegment: number | null;
                            kanaal: string;
                            medewerkerId: string | null;
                            overtredingen: number;
                            segmenten: {
                                end: number;
                                index: number;
                                speaker: string;
                                start: number;
                                text: string;
                                vlaggen: ({
                                    soort: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            }[];
                            stiltes: number;
                            zinAlerts: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/kwaliteit/gesprekken/{id}/analyse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Analyseer een gesprek nu (ook een chat die nog open is) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gesprekId: string;
                            geverifieerdBijSegment: number | null;
                            overtredingen: number;
                            segmenten: number;
                            stiltes: number;
                            zinAlerts: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/paginas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Leg vast over welk kennisartikel een webpagina gaat */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        artikelId: string;
                        /** Format: uri */
                        paginaUrl: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            artikelId: string;
                            paginaUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/retrain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Train de onderwerpherkenning opnieuw met de onderwerpen uit de afhandeling */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articles: number;
                            examples: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/transcripts/analyze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Analyseer een transcript: stiltes, verificatie, onthullingen en signaalzinnen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phrases?: string[];
                        segments: {
                            end: number;
                            speaker: "agent" | "klant";
                            start: number;
                            text: string;
                        }[];
                        silenceSeconds?: number;
                        verifiedAtSegment?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            disclosures: {
                                beforeVerification: boolean;
                                kind: string;
                                segment: number;
                            }[];
                            phrases: {
                                phrase: string;
                                segment: number;
                            }[];
                            silences: {
                                afterSegment: number;
                                end: number;
                                start: number;
                            }[];
                            verifiedAtSegment: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/volumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aantal contacten per week, kanaal en categorie */
        get: {
            parameters: {
                query: {
                    format?: "json" | "csv";
                    /** @description YYYY-MM-DD */
                    from: string;
                    /** @description YYYY-MM-DD */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            volumes: {
                                category: string;
                                count: number;
                                kanaal: string;
                                weekStart: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/wijken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacten per 1.000 inwoners per wijk, voor een categorie of artikel */
        get: {
            parameters: {
                query: {
                    articleId?: string;
                    category?: string;
                    format?: "json" | "csv";
                    /** @description YYYY-MM-DD */
                    from: string;
                    /** @description YYYY-MM-DD */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            wijken: {
                                count: number;
                                inwoners: number;
                                naam: string;
                                per1000: number;
                                wijk: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/wijken.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De wijken als GeoJSON (voor de kaart) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/zinnen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De signaalzinnen waarop teamleiders live een melding krijgen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            zin: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Voeg een signaalzin toe */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        zin: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            zin: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/zinnen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Verwijder een signaalzin */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/antwoordsjablonen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Antwoordsjablonen voor iedereen en voor de eigen teams (teamleider: alle) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                gewijzigdOp: string;
                                id: string;
                                team: {
                                    id: string;
                                    naam: string;
                                } | null;
                                tekst: string;
                                titel: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Nieuw antwoordsjabloon (teamleider) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        teamId?: string | null;
                        tekst: string;
                        titel: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gewijzigdOp: string;
                            id: string;
                            team: {
                                id: string;
                                naam: string;
                            } | null;
                            tekst: string;
                            titel: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/antwoordsjablonen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Antwoordsjabloon wijzigen (teamleider) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        teamId?: string | null;
                        tekst: string;
                        titel: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gewijzigdOp: string;
                            id: string;
                            team: {
                                id: string;
                                naam: string;
                            } | null;
                            tekst: string;
                            titel: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Antwoordsjabloon verwijderen (teamleider) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API-tokens voor koppelingen (zonder sleutel) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                aangemaaktOp: string;
                                id: string;
                                ingetrokkenOp: string | null;
                                laatstGebruiktOp: string | null;
                                naam: string;
                                rol: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Maak een API-token; de sleutel wordt alleen nu getoond */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        naam: string;
                        /** @enum {unknown} */
                        rol: "kcc" | "backoffice" | "teamleider" | "redacteur" | "beheerder" | "gebeurtenisbron";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            sleutel: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Trek een API-token in */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inloggen met gebruikersnaam en wachtwoord
         * @description Na 5 mislukte pogingen op een account of 20 vanaf een adres wacht elke volgende poging twee keer zo lang (tot 30 s per account, 15 min per adres): 429 met Retry-After.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        gebruikersnaam: string;
                        wachtwoord: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            medewerker: {
                                actief: boolean;
                                actorId: string;
                                email: string | null;
                                gebruikersnaam: string;
                                id: string;
                                naam: string;
                                rollen: string[];
                                teams: {
                                    id: string;
                                    naam: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Uitloggen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De ingelogde medewerker en de CSRF-token voor deze sessie */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            medewerker: {
                                actief: boolean;
                                actorId: string;
                                email: string | null;
                                gebruikersnaam: string;
                                id: string;
                                naam: string;
                                rollen: string[];
                                teams: {
                                    id: string;
                                    naam: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Terugkeer van de identiteitsprovider */
        get: {
            parameters: {
                query: {
                    state: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inloggen via de identiteitsprovider (OpenID Connect) */
        get: {
            parameters: {
                query?: {
                    terugNaar?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/balie/bezoeken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registreer een bezoek aan de balie als klantcontact, eventueel met een interne taak */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        interneTaak?: {
                            actorIds: string[];
                            gevraagdeHandeling: string;
                            toelichting?: string;
                            /** Format: date-time */
                            uiterlijkOp?: string;
                        };
                        notities?: string;
                        onderwerp: string;
                        /** Format: uuid */
                        partijId?: string;
                        /** Format: date-time */
                        plaatsgevondenOp?: string;
                        /** Format: uuid */
                        verzoekId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gesprekId: string;
                            interneTaak: {
                                actoren: {
                                    id: string;
                                    naam: string;
                                    soortActor: string;
                                }[];
                                afgehandeldOp: string | null;
                                gevraagdeHandeling: string;
                                id: string;
                                klantcontactId: string;
                                nummer: string;
                                status: string;
                                toegewezenOp: string;
                                toelichting: string | null;
                                uiterlijkOp: string | null;
                            } | null;
                            klantcontact: {
                                actoren: {
                                    id: string;
                                    naam: string;
                                    soortActor: string;
                                }[];
                                betrokkenen: {
                                    id: string;
                                    initiator: boolean;
                                    partijId: string | null;
                                    rol: string;
                                    volledigeNaam: string | null;
                                }[];
                                id: string;
                                indicatieContactGelukt: boolean | null;
                                inhoud: string | null;
                                interneTaken: {
                                    id: string;
                                    nummer: string;
                                    status: string;
                                }[];
                                kanaal: string;
                                nummer: string;
                                onderwerp: string;
                                onderwerpobjecten: {
                                    codeObjecttype: string;
                                    codeRegister: string;
                                    codeSoortObjectId: string;
                                    id: string;
                                    objectId: string;
                                }[];
                                plaatsgevondenOp: string;
                                reactie: string | null;
                                taal: string;
                                vertrouwelijk: boolean;
                                verzoekId: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beheer/afdelingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle afdelingen met hun teams */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                groepsmailbox: string | null;
                                /** Format: uuid */
                                id: string;
                                naam: string;
                                teams: {
                                    /** Format: uuid */
                                    id: string;
                                    naam: string;
                                }[];
                                /** @description Wie een e-mail krijgt als een taak wordt toegewezen aan een team van de afdeling of een lid daarvan: niemand, de toegewezen medewerker, of de groepsmailbox */
                                toewijzingsmelding: "uit" | "toegewezene" | "groepsmailbox";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Maak een afdeling, eventueel met haar teams */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        groepsmailbox?: string | null;
                        naam: string;
                        /** @description De teams van de afdeling; vervangt de huidige indeling (een team hoort bij één afdeling) */
                        teamIds?: string[];
                        /** @description Wie een e-mail krijgt als een taak wordt toegewezen aan een team van de afdeling of een lid daarvan: niemand, de toegewezen medewerker, of de groepsmailbox */
                        toewijzingsmelding?: "uit" | "toegewezene" | "groepsmailbox";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            groepsmailbox: string | null;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                            teams: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            }[];
                            /** @description Wie een e-mail krijgt als een taak wordt toegewezen aan een team van de afdeling of een lid daarvan: niemand, de toegewezen medewerker, of de groepsmailbox */
                            toewijzingsmelding: "uit" | "toegewezene" | "groepsmailbox";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beheer/afdelingen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Wijzig een afdeling: naam, groepsmailbox, melding bij toewijzing en teams */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        groepsmailbox?: string | null;
                        naam: string;
                        /** @description De teams van de afdeling; vervangt de huidige indeling (een team hoort bij één afdeling) */
                        teamIds?: string[];
                        /** @description Wie een e-mail krijgt als een taak wordt toegewezen aan een team van de afdeling of een lid daarvan: niemand, de toegewezen medewerker, of de groepsmailbox */
                        toewijzingsmelding?: "uit" | "toegewezene" | "groepsmailbox";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            groepsmailbox: string | null;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                            teams: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            }[];
                            /** @description Wie een e-mail krijgt als een taak wordt toegewezen aan een team van de afdeling of een lid daarvan: niemand, de toegewezen medewerker, of de groepsmailbox */
                            toewijzingsmelding: "uit" | "toegewezene" | "groepsmailbox";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beheer/bewaartermijnen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bewaartermijnen en wat de laatste opschoning verwijderde */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                dagen: number | null;
                                laatstAantal: number;
                                laatstOp: string | null;
                                omschrijving: string;
                                regel: string;
                                totaal: number;
                                variabele: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beheer/bronnen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle back-officebronnen (BRP, zaaksystemen), zonder geheimen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bronnen: {
                                actief: boolean;
                                geheimenIngesteld: string[];
                                herkomst: "omgeving" | "beheer";
                                id: string;
                                /** @description Alles behalve de geheimen */
                                instellingen: {
                                    [key: string]: unknown;
                                };
                                naam: string;
                                soort: "brp" | "zaken";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Koppel een back-officebron */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actief?: boolean;
                        /** @description brp: apiKey | clientSecret | sleutel (naar authenticatie); zaken: secret. Versleuteld bewaard, nooit teruggegeven; weggelaten = ongewijzigd. */
                        geheimen?: {
                            [key: string]: string;
                        };
                        instellingen: {
                            /**
                             * Format: uri
                             * @description Basis-URL van de BRP API Personen (zonder /personen)
                             */
                            apiUrl: string;
                            /** @description api-key: geheim apiKey (X-API-Key); oauth2: tokenUrl, clientId, geheim clientSecret; certificaat: certificaat (PEM), geheim sleutel */
                            authenticatie: "api-key" | "oauth2" | "certificaat";
                            /** @description Clientcertificaat (PEM) voor mTLS */
                            certificaat?: string;
                            clientId?: string;
                            /** @description Doel in de verwerkingenlog; standaard "Identificatie en verificatie van de klant (KCC)" */
                            doelbinding?: string;
                            /** @description Bijv. x-doelbinding, x-verwerking, x-origin-oin voor de gateway */
                            extraHeaders?: {
                                [key: string]: string;
                            };
                            scope?: string;
                            /** @description Hoe lang Loket op deze bron wacht (ms) */
                            timeoutMs?: number;
                            /** Format: uri */
                            tokenUrl?: string;
                        } | {
                            /**
                             * Format: uri
                             * @description Basis-URL van de Catalogi API
                             */
                            catalogiApiUrl: string;
                            clientId: string;
                            /** @description codeRegister van gekoppelde zaken; standaard "openzaak" */
                            register?: string;
                            /** @description Hoe lang Loket op deze bron wacht (ms) */
                            timeoutMs?: number;
                            /**
                             * Format: uri
                             * @description Basis-URL van de Zaken API, bijv. https://openzaak.gemeente.nl/zaken/api/v1
                             */
                            zakenApiUrl: string;
                        };
                        naam: string;
                        soort: "brp" | "zaken";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actief: boolean;
                            geheimenIngesteld: string[];
                            herkomst: "omgeving" | "beheer";
                            id: string;
                            /** @description Alles behalve de geheimen */
                            instellingen: {
                                [key: string]: unknown;
                            };
                            naam: string;
                            soort: "brp" | "zaken";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beheer/bronnen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Wijzig een bron; weggelaten geheimen blijven ongewijzigd */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actief?: boolean;
                        /** @description brp: apiKey | clientSecret | sleutel (naar authenticatie); zaken: secret. Versleuteld bewaard, nooit teruggegeven; weggelaten = ongewijzigd. */
                        geheimen?: {
                            [key: string]: string;
                        };
                        instellingen: {
                            /**
                             * Format: uri
                             * @description Basis-URL van de BRP API Personen (zonder /personen)
                             */
                            apiUrl: string;
                            /** @description api-key: geheim apiKey (X-API-Key); oauth2: tokenUrl, clientId, geheim clientSecret; certificaat: certificaat (PEM), geheim sleutel */
                            authenticatie: "api-key" | "oauth2" | "certificaat";
                            /** @description Clientcertificaat (PEM) voor mTLS */
                            certificaat?: string;
                            clientId?: string;
                            /** @description Doel in de verwerkingenlog; standaard "Identificatie en verificatie van de klant (KCC)" */
                            doelbinding?: string;
                            /** @description Bijv. x-doelbinding, x-verwerking, x-origin-oin voor de gateway */
                            extraHeaders?: {
                                [key: string]: string;
                            };
                            scope?: string;
                            /** @description Hoe lang Loket op deze bron wacht (ms) */
                            timeoutMs?: number;
                            /** Format: uri */
                            tokenUrl?: string;
                        } | {
                            /**
                             * Format: uri
                             * @description Basis-URL van de Catalogi API
                             */
                            catalogiApiUrl: string;
                            clientId: string;
                            /** @description codeRegister van gekoppelde zaken; standaard "openzaak" */
                            register?: string;
                            /** @description Hoe lang Loket op deze bron wacht (ms) */
                            timeoutMs?: number;
                            /**
                             * Format: uri
                             * @description Basis-URL van de Zaken API, bijv. https://openzaak.gemeente.nl/zaken/api/v1
                             */
                            zakenApiUrl: string;
                        };
                        naam: string;
                        soort: "brp" | "zaken";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actief: boolean;
                            geheimenIngesteld: string[];
                            herkomst: "omgeving" | "beheer";
                            id: string;
                            /** @description Alles behalve de geheimen */
                            instellingen: {
                                [key: string]: unknown;
                            };
                            naam: string;
                            soort: "brp" | "zaken";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Verwijder een bron */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beheer/bronnen/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Test de verbinding met een bron met een onschuldige vraag */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duurMs: number;
                            melding: string;
                            ok: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beheer/gebeurtenissen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ontvangen gebeurtenissen met wat de regels ermee deden; status=mislukt toont de fouten */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    status?: "ontvangen" | "verwerkt" | "mislukt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gebeurtenissen: {
                                acties: {
                                    actieIndex: number;
                                    fout: string | null;
                                    gebeurtenisId: string;
                                    regelId: string;
                                    resultaat: {
                                        [key: string]: unknown;
                                    } | null;
                                    soort: string;
                                    status: string;
                                    uitgevoerdOp: string;
                                }[];
                                bron: string;
                                id: string;
                                inhoud: {
                                    [key: string]: unknown;
                                };
                                laatsteFout: string | null;
                                ontvangenOp: string;
                                pogingen: number;
                                regelsGeraakt: number | null;
                                soort: string;
                                status: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beheer/gebeurtenissen/soorten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gebeurtenissen per soort, en hoeveel geen enkele regel raakte */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            soorten: {
                                aantal: number;
                                bron: string;
                                soort: string;
                                zonderRegel: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beheer/inlogpogingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inlogpogingen (nieuwste eerst) en de accounts en adressen die nu moeten wachten */
        get: {
            parameters: {
                query: {
                    adres?: string;
                    gebruikersnaam?: string;
                    limit: number;
                    uitkomst?: "gelukt" | "mislukt" | "geweigerd";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            geremd: {
                                accounts: {
                                    pogingen: number;
                                    sleutel: string;
                                    wachtTot: string;
                                }[];
                                adressen: {
                                    pogingen: number;
                                    sleutel: string;
                                    wachtTot: string;
                                }[];
                            };
                            pogingen: {
                                adres: string;
                                gebruikersnaam: string;
                                tijdstip: string;
                                uitkomst: "gelukt" | "mislukt" | "geweigerd";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beheer/regels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle regels op gebeurtenissen, met hun laatste uitkomsten */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regels: {
                                aangemaaktOp: string;
                                actief: boolean;
                                acties: ({
                                    /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                    gevraagdeHandeling: string;
                                    /** @enum {string} */
                                    soort: "interne-taak";
                                    team: string;
                                    /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                    toelichting?: string;
                                } | {
                                    /** @enum {string} */
                                    soort: "signaal";
                                    /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                    tekst?: string;
                                    /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                    titel: string;
                                } | {
                                    /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                    onderwerp: string;
                                    /** @enum {string} */
                                    soort: "bericht";
                                    /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                    tekst: string;
                                })[];
                                gewijzigdOp: string;
                                id: string;
                                match: {
                                    actie?: string;
                                    bron: "notificatie" | "cloudevent";
                                    kanaal?: string;
                                    resource?: string;
                                    source?: string;
                                    statustype?: string;
                                    type?: string;
                                    voorwaarden?: {
                                        operator: "==" | "!=" | ">" | ">=" | "<" | "<=" | "bevat" | "bestaat";
                                        pad: string;
                                        waarde?: string | number | boolean;
                                    }[];
                                    zaaktype?: string;
                                };
                                naam: string;
                                uitkomsten: {
                                    actieIndex: number;
                                    fout: string | null;
                                    gebeurtenisId: string;
                                    regelId: string;
                                    resultaat: {
                                        [key: string]: unknown;
                                    } | null;
                                    soort: string;
                                    status: string;
                                    uitgevoerdOp: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Maak een regel */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        actief?: boolean;
                        acties: ({
                            /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                            gevraagdeHandeling: string;
                            /** @enum {string} */
                            soort: "interne-taak";
                            team: string;
                            /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                            toelichting?: string;
                        } | {
                            /** @enum {string} */
                            soort: "signaal";
                            /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                            tekst?: string;
                            /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                            titel: string;
                        } | {
                            /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                            onderwerp: string;
                            /** @enum {string} */
                            soort: "bericht";
                            /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                            tekst: string;
                        })[];
                        match: {
                            actie?: string;
                            bron: "notificatie" | "cloudevent";
                            kanaal?: string;
                            resource?: string;
                            source?: string;
                            statustype?: string;
                            type?: string;
                            voorwaarden?: {
                                operator: "==" | "!=" | ">" | ">=" | "<" | "<=" | "bevat" | "bestaat";
                                pad: string;
                                waarde?: string | number | boolean;
                            }[];
                            zaaktype?: string;
                        };
                        naam: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aangemaaktOp: string;
                            actief: boolean;
                            acties: ({
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                gevraagdeHandeling: string;
                                /** @enum {string} */
                                soort: "interne-taak";
                                team: string;
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                toelichting?: string;
                            } | {
                                /** @enum {string} */
                                soort: "signaal";
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                tekst?: string;
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                titel: string;
                            } | {
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                onderwerp: string;
                                /** @enum {string} */
                                soort: "bericht";
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                tekst: string;
                            })[];
                            gewijzigdOp: string;
                            id: string;
                            match: {
                                actie?: string;
                                bron: "notificatie" | "cloudevent";
                                kanaal?: string;
                                resource?: string;
                                source?: string;
                                statustype?: string;
                                type?: string;
                                voorwaarden?: {
                                    operator: "==" | "!=" | ">" | ">=" | "<" | "<=" | "bevat" | "bestaat";
                                    pad: string;
                                    waarde?: string | number | boolean;
                                }[];
                                zaaktype?: string;
                            };
                            naam: string;
                            uitkomsten: {
                                actieIndex: number;
                                fout: string | null;
                                gebeurtenisId: string;
                                regelId: string;
                                resultaat: {
                                    [key: string]: unknown;
                                } | null;
                                soort: string;
                                status: string;
                                uitgevoerdOp: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beheer/regels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén regel met zijn laatste uitkomsten (ook mislukte) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aangemaaktOp: string;
                            actief: boolean;
                            acties: ({
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                gevraagdeHandeling: string;
                                /** @enum {string} */
                                soort: "interne-taak";
                                team: string;
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                toelichting?: string;
                            } | {
                                /** @enum {string} */
                                soort: "signaal";
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                tekst?: string;
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                titel: string;
                            } | {
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                onderwerp: string;
                                /** @enum {string} */
                                soort: "bericht";
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                tekst: string;
                            })[];
                            gewijzigdOp: string;
                            id: string;
                            match: {
                                actie?: string;
                                bron: "notificatie" | "cloudevent";
                                kanaal?: string;
                                resource?: string;
                                source?: string;
                                statustype?: string;
                                type?: string;
                                voorwaarden?: {
                                    operator: "==" | "!=" | ">" | ">=" | "<" | "<=" | "bevat" | "bestaat";
                                    pad: string;
                                    waarde?: string | number | boolean;
                                }[];
                                zaaktype?: string;
                            };
                            naam: string;
                            uitkomsten: {
                                actieIndex: number;
                                fout: string | null;
                                gebeurtenisId: string;
                                regelId: string;
                                resultaat: {
                                    [key: string]: unknown;
                                } | null;
                                soort: string;
                                status: string;
                                uitgevoerdOp: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Wijzig een regel */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        actief?: boolean;
                        acties: ({
                            /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                            gevraagdeHandeling: string;
                            /** @enum {string} */
                            soort: "interne-taak";
                            team: string;
                            /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                            toelichting?: string;
                        } | {
                            /** @enum {string} */
                            soort: "signaal";
                            /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                            tekst?: string;
                            /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                            titel: string;
                        } | {
                            /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                            onderwerp: string;
                            /** @enum {string} */
                            soort: "bericht";
                            /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                            tekst: string;
                        })[];
                        match: {
                            actie?: string;
                            bron: "notificatie" | "cloudevent";
                            kanaal?: string;
                            resource?: string;
                            source?: string;
                            statustype?: string;
                            type?: string;
                            voorwaarden?: {
                                operator: "==" | "!=" | ">" | ">=" | "<" | "<=" | "bevat" | "bestaat";
                                pad: string;
                                waarde?: string | number | boolean;
                            }[];
                            zaaktype?: string;
                        };
                        naam: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aangemaaktOp: string;
                            actief: boolean;
                            acties: ({
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                gevraagdeHandeling: string;
                                /** @enum {string} */
                                soort: "interne-taak";
                                team: string;
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                toelichting?: string;
                            } | {
                                /** @enum {string} */
                                soort: "signaal";
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                tekst?: string;
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                titel: string;
                            } | {
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                onderwerp: string;
                                /** @enum {string} */
                                soort: "bericht";
                                /** @description Tekst met {{variabelen}} uit de gebeurtenis en de zaak */
                                tekst: string;
                            })[];
                            gewijzigdOp: string;
                            id: string;
                            match: {
                                actie?: string;
                                bron: "notificatie" | "cloudevent";
                                kanaal?: string;
                                resource?: string;
                                source?: string;
                                statustype?: string;
                                type?: string;
                                voorwaarden?: {
                                    operator: "==" | "!=" | ">" | ">=" | "<" | "<=" | "bevat" | "bestaat";
                                    pad: string;
                                    waarde?: string | number | boolean;
                                }[];
                                zaaktype?: string;
                            };
                            naam: string;
                            uitkomsten: {
                                actieIndex: number;
                                fout: string | null;
                                gebeurtenisId: string;
                                regelId: string;
                                resultaat: {
                                    [key: string]: unknown;
                                } | null;
                                soort: string;
                                status: string;
                                uitgevoerdOp: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Verwijder een regel (en zijn uitkomsten) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beheer/regels/{id}/proef": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Proef: wat de regel met de laatste gebeurtenissen zou hebben gedaan, zonder iets te doen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 20 */
                        aantal?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bekeken: number;
                            regelId: string;
                            uitkomsten: {
                                acties: {
                                    fout: string | null;
                                    soort: string;
                                    zou: {
                                        [key: string]: unknown;
                                    } | null;
                                }[];
                                fout: string | null;
                                gebeurtenisId: string;
                                ontvangenOp: string;
                                past: boolean;
                                soort: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beheer/servicenormen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De servicenormen en capaciteit per kanaal (alleen lezen: ze zijn in deze versie vast) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kanalen: {
                                /** @description Hoeveel contacten van dit kanaal een medewerker tegelijk behandelt */
                                capaciteit: number;
                                kanaal: string;
                                /** @description Binnen hoeveel seconden een wachtende inwoner antwoord hoort te krijgen */
                                normSeconden: number;
                            }[];
                            standaardNormSeconden: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beheer/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle teams met hun leden, openingstijden, terugbeltermijn en afdeling */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                afdelingId: string | null;
                                /** Format: uuid */
                                id: string;
                                leden: {
                                    actief: boolean;
                                    /** Format: uuid */
                                    id: string;
                                    naam: string;
                                }[];
                                naam: string;
                                openingstijden: {
                                    di: null | string;
                                    do: null | string;
                                    ma: null | string;
                                    vr: null | string;
                                    wo: null | string;
                                    za: null | string;
                                    zo: null | string;
                                } | null;
                                terugbeltermijnWerkdagen: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Maak een team (met de openingstijden en termijn van het KCC tot u ze wijzigt) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        naam: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            afdelingId: string | null;
                            /** Format: uuid */
                            id: string;
                            leden: {
                                actief: boolean;
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            }[];
                            naam: string;
                            openingstijden: {
                                di: null | string;
                                do: null | string;
                                ma: null | string;
                                vr: null | string;
                                wo: null | string;
                                za: null | string;
                                zo: null | string;
                            } | null;
                            terugbeltermijnWerkdagen: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bot/algoritmeregister": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De tekst voor het Algoritmeregister over de bot (openbaar), uit de actuele drempel en meetcijfers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            doel: string;
                            /** @description Vanaf deze zekerheid (0–1) antwoordt de bot; daaronder verbindt hij door */
                            drempel: number;
                            gegevens: string;
                            impact: string;
                            kanalen: string[];
                            korteOmschrijving: string;
                            menselijkeTussenkomst: string;
                            /** @description Gemeten op vragen van schrijvers waarop de bot niet is afgesteld */
                            meting: {
                                /** @description false wanneer de drempel sinds de meting is gewijzigd */
                                actueel: boolean;
                                binnenScope: number;
                                buitenScope: number;
                                buitenScopeDoorverbonden: number;
                                containment: number;
                                drempel: number;
                                /** Format: date-time */
                                gemetenOp: string;
                                /** @enum {string} */
                                methode: "leave-one-writer-out";
                                precisie: number;
                                schrijvers: string[];
                                vragen: number;
                            };
                            naam: string;
                            /** @description De laatste 30 dagen */
                            praktijk: {
                                beantwoord: number;
                                beoordeeld: number;
                                doorverbonden: number;
                                keuzeAangeboden: number;
                                nuttig: number;
                                /** Format: date-time */
                                tot: string;
                                /** Format: date-time */
                                van: string;
                                vragen: number;
                            };
                            risicobeheer: string;
                            status: "in gebruik" | "uitgeschakeld";
                            /** @description Hetzelfde als lopende tekst, voor de registerpagina van de gemeente */
                            tekst: string;
                            werking: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bot/ask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stel de bot een vraag (openbaar)
         * @description Na 20 verzoeken vanaf een adres wacht elk volgend verzoek twee keer zo lang (tot 60 s); een rustige minuut begint opnieuw: 429 met Retry-After.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default webchat */
                        channel: "webchat" | "whatsapp" | "email" | "formulier" | "telefoon";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Bedoelt u...? wanneer de bot twijfelt */
                            alternatives: {
                                articleId: string;
                                title: string;
                            }[];
                            answer: string | null;
                            articleId: string | null;
                            confidence: number;
                            /** @description Verbind door met een medewerker */
                            handoff: boolean;
                            /** @description Geef dit mee bij "Was dit antwoord nuttig?" */
                            questionId: string;
                            reason: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bot/coaching": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Onbeantwoorde en doorverbonden vragen, gegroepeerd, met het dichtstbijzijnde artikel */
        get: {
            parameters: {
                query: {
                    dagen: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clusters: {
                                closestArticle: {
                                    articleId: string;
                                    confidence: number;
                                    title: string;
                                } | null;
                                questions: {
                                    askedAt: string;
                                    id: string;
                                    reason: string;
                                    text: string;
                                }[];
                                size: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bot/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Was dit antwoord nuttig? (openbaar)
         * @description Na 20 verzoeken vanaf een adres wacht elk volgend verzoek twee keer zo lang (tot 60 s); een rustige minuut begint opnieuw: 429 met Retry-After.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        articleId: string;
                        /** Format: uuid */
                        questionId?: string;
                        text?: string;
                        useful: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bot/retrain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bouw de bot opnieuw op met alle trainingsvoorbeelden */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articles: number;
                            examples: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bot/voorbeelden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Koppel een vraag aan het artikel dat haar beantwoordt (coaching) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        articleId: string;
                        /** @default coaching */
                        source: "afronding" | "coaching";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/botconcepten/{id}/beoordeling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Neem een conceptantwoord over in het antwoord of verwerp het */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        besluit: "overgenomen" | "verworpen";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            aangemaaktOp: string;
                            artikelId: string;
                            /**
                             * Format: uuid
                             * @description Het e-mailbericht waarop dit concept antwoordt
                             */
                            berichtId: string;
                            /** Format: uuid */
                            gesprekId: string;
                            /** Format: uuid */
                            id: string;
                            status: "open" | "overgenomen" | "verworpen";
                            tekst: string;
                            zekerheid: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brp/personen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Zoek een persoon in de BRP (op BSN, geslachtsnaam + geboortedatum, of postcode + huisnummer) om de beller te identificeren */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bsn: string;
                        /**
                         * Format: uuid
                         * @description Het gesprek waarin de inwoner wordt geïdentificeerd (komt in de verwerkingenlog)
                         */
                        gesprek?: string;
                    } | {
                        /** Format: date */
                        geboortedatum: string;
                        geslachtsnaam: string;
                        /**
                         * Format: uuid
                         * @description Het gesprek waarin de inwoner wordt geïdentificeerd (komt in de verwerkingenlog)
                         */
                        gesprek?: string;
                    } | {
                        /**
                         * Format: uuid
                         * @description Het gesprek waarin de inwoner wordt geïdentificeerd (komt in de verwerkingenlog)
                         */
                        gesprek?: string;
                        huisnummer: number;
                        postcode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            personen: {
                                adres: {
                                    huisletter: string | null;
                                    huisnummer: number | null;
                                    huisnummertoevoeging: string | null;
                                    postcode: string | null;
                                    straat: string | null;
                                    woonplaats: string | null;
                                } | null;
                                burgerservicenummer: string;
                                geboortedatum: string | null;
                                /** @description Geheimhouding persoonsgegevens: alleen naam, BSN en deze vlag worden getoond */
                                geheimhouding: boolean;
                                naam: {
                                    geslachtsnaam: string | null;
                                    volledigeNaam: string | null;
                                    voornamen: string | null;
                                    voorvoegsel: string | null;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collegas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Actieve collega’s en teams om een gesprek of contactverzoek aan over te dragen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                actorId: string;
                                medewerkerId: string;
                                naam: string;
                                teams: {
                                    id: string;
                                    naam: string;
                                }[];
                            }[];
                            teams: {
                                actorId: string;
                                id: string;
                                naam: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enquete/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Beantwoord de enquête na een gesprek (openbaar, één keer per token)
         * @description Een onbekend, al gebruikt of verlopen token krijgt steeds hetzelfde antwoord: 404 LOKET_ENQUETE_NIET_BESCHIKBAAR.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Het token uit de link of het chatvenster */
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Vrije toelichting; gaat mee in de onderwerpanalyse (kanaal feedback) */
                        opmerking?: string;
                        /** @description Tevredenheid over het contact, 1 (zeer ontevreden) tot 5 (zeer tevreden) */
                        tevredenheid: number;
                        /** @description Is de vraag van de inwoner beantwoord? */
                        vraagBeantwoord: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ontvangen";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ontvang een CloudEvent (structured mode, application/cloudevents+json) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data?: unknown;
                        datacontenttype?: string;
                        /** Format: uri */
                        dataschema?: string;
                        id: string;
                        /** Format: uri-reference */
                        source: string;
                        /** @enum {string} */
                        specversion: "1.0";
                        subject?: string;
                        /** Format: date-time */
                        time?: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dubbel: boolean;
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/formulieren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle formulieren (beheer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                actief: boolean;
                                bevestiging: string | null;
                                definitie: {
                                    [key: string]: unknown;
                                };
                                gewijzigdOp: string;
                                id: string;
                                /** @description Ontvangen inzendingen (zolang de bewaartermijn ze bewaart) */
                                inzendingen: number;
                                omschrijving: string | null;
                                titel: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Maak een formulier, gedefinieerd als JSON Schema (beheer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actief?: boolean;
                        bevestiging?: string;
                        /** @description JSON Schema (draft-07) van een object; zie README */
                        definitie: {
                            [key: string]: unknown;
                        };
                        id: string;
                        omschrijving?: string;
                        titel: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actief: boolean;
                            bevestiging: string | null;
                            definitie: {
                                [key: string]: unknown;
                            };
                            gewijzigdOp: string;
                            id: string;
                            omschrijving: string | null;
                            titel: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/formulieren/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén formulier met zijn definitie (beheer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actief: boolean;
                            bevestiging: string | null;
                            definitie: {
                                [key: string]: unknown;
                            };
                            gewijzigdOp: string;
                            id: string;
                            omschrijving: string | null;
                            titel: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Wijzig een formulier (beheer) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actief?: boolean;
                        bevestiging?: string;
                        /** @description JSON Schema (draft-07) van een object; zie README */
                        definitie: {
                            [key: string]: unknown;
                        };
                        omschrijving?: string;
                        titel: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actief: boolean;
                            bevestiging: string | null;
                            definitie: {
                                [key: string]: unknown;
                            };
                            gewijzigdOp: string;
                            id: string;
                            omschrijving: string | null;
                            titel: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Verwijder een formulier (beheer); eerdere inzendingen blijven bewaard */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/formulieren/{id}/inzendingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verstuur een ingevuld formulier (openbaar); met dezelfde Idempotency-Key telt een herhaling één keer */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description De antwoorden, volgens de definitie van het formulier */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bevestiging: string;
                            kenmerk: string | null;
                            status: "verwerkt" | "ontvangen";
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bevestiging: string;
                            kenmerk: string | null;
                            status: "verwerkt" | "ontvangen";
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bevestiging: string;
                            kenmerk: string | null;
                            status: "verwerkt" | "ontvangen";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gebeurtenissen/signalen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signalen van regels voor teamleiders, nieuwste eerst */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            signalen: {
                                aangemaaktOp: string;
                                gebeurtenisId: string;
                                id: string;
                                regelId: string | null;
                                tekst: string | null;
                                titel: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén gesprek met al zijn berichten */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            berichten: {
                                afzender: string | null;
                                bezorgfout: string | null;
                                bezorgstatus: string | null;
                                bijlagen: {
                                    bestandsnaam: string;
                                    contentType: string;
                                    grootte: number;
                                    id: string;
                                }[];
                                id: string;
                                inhoud: string;
                                metadata: {
                                    [key: string]: unknown;
                                } | null;
                                richting: string;
                                verzondenOp: string;
                            }[];
                            gesluimerdTot: string | null;
                            gestartOp: string;
                            id: string;
                            kanaal: string;
                            klantcontactId: string | null;
                            labels: string[];
                            metadata: {
                                [key: string]: unknown;
                            } | null;
                            onderwerp: string | null;
                            partijId: string | null;
                            status: string;
                            verzoekId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/{transitie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Wijzig de status van een gesprek (afhandelen, heropenen, wachtOpKlant, terugleggen) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    transitie: "afhandelen" | "heropenen" | "wachtOpKlant" | "terugleggen";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/afhandeling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rond een gesprek af: onderwerp, resultaat en zo nodig een contactverzoek */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        articleId?: string;
                        categorie: string;
                        contactverzoek?: {
                            actorIds: string[];
                            gevraagdeHandeling: string;
                            terugbelnummer?: string;
                            toelichting?: string;
                            /** Format: date-time */
                            uiterlijkOp?: string;
                        };
                        notitie?: string;
                        resultaat: "beantwoord" | "doorverwezen" | "contactverzoek" | "niet_bereikt";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            interneTaakId: string | null;
                            klantcontactId: string;
                            /** @enum {string} */
                            status: "afgehandeld";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/berichten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Antwoord op het kanaal van de inwoner, of een interne notitie
         * @description Een antwoord dat het kanaal niet zou aannemen (buiten het 24-uursvenster, of langer dan één bericht mag zijn; zie GET /api/gesprekken/:id/kanaalgrenzen) wordt meteen geweigerd met 409 LOKET_KANAALVENSTER_GESLOTEN of LOKET_ANTWOORD_TE_LANG. Een interne notitie nooit.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default antwoord */
                        soort: "antwoord" | "notitie";
                        tekst: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            afzender: string | null;
                            bezorgfout: string | null;
                            bezorgstatus: string | null;
                            bijlagen: {
                                bestandsnaam: string;
                                contentType: string;
                                grootte: number;
                                id: string;
                            }[];
                            id: string;
                            inhoud: string;
                            metadata: {
                                [key: string]: unknown;
                            } | null;
                            richting: string;
                            verzondenOp: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/bijlagen/{bijlageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De inhoud van een bijlage van een bericht in dit gesprek */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bijlageId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De bijlage zelf, met het bestandstype dat het kanaal opgaf; afbeeldingen inline, de rest als download */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/botconcepten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conceptantwoorden van de bot op de e-mails in dit gesprek (nieuwste eerst) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                /** Format: date-time */
                                aangemaaktOp: string;
                                artikelId: string;
                                /**
                                 * Format: uuid
                                 * @description Het e-mailbericht waarop dit concept antwoordt
                                 */
                                berichtId: string;
                                /** Format: uuid */
                                gesprekId: string;
                                /** Format: uuid */
                                id: string;
                                status: "open" | "overgenomen" | "verworpen";
                                tekst: string;
                                zekerheid: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/inzage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ik heb dit gesprek open (geldt 45 s; collega's zien het live) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Ik heb dit gesprek niet meer open */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/kanaalgrenzen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wat het kanaal van dit gesprek nu toestaat (24-uursvenster, sjablonen, lengte) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alleenSjablonen: boolean;
                            antwoordVia: string | null;
                            kanaal: string;
                            maxLengte: number | null;
                            vensterOpen: boolean;
                            vensterSluitOp: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/kennissuggesties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kennisartikelen en werkinstructies bij het hele gesprek (recente berichten van de inwoner tellen zwaarder) */
        get: {
            parameters: {
                query: {
                    limit: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                /** @description Hoeveel berichten van de inwoner naar dit artikel wezen */
                                berichten: number;
                                id: string;
                                score: number;
                                summary: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Vervang de labels van een gesprek
         * @description Vrije tekst; opgeslagen zonder spaties aan de randen en in kleine letters, dubbele vallen weg. Hoogstens 10 labels van elk hoogstens 40 tekens.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        labels: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            labels: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een afbeelding, document of geluid per link versturen (WhatsApp) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bijschrift?: string;
                        link: string;
                        soort: "image" | "document" | "audio" | "video";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bezorgstatus: string;
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/open-artikel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Het kennisartikel dat de medewerker nu open heeft in dit gesprek (null: gesloten) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        articleId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articleId: string | null;
                            geopendOp: string;
                            gesprekId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/partij": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De partij van dit gesprek: gemaskeerd tot de inwoner is geverifieerd */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gemaskeerd: boolean;
                            id: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Koppel een (anoniem) gesprek aan de gevonden of geregistreerde partij */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        partijId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Registreer de inwoner van een anoniem gesprek als nieuwe partij; die telt in dit gesprek als geverifieerd */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        achternaam?: string;
                        bezoekadres?: {
                            huisnummer?: number;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        };
                        correspondentieadres?: {
                            huisnummer?: number;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        };
                        digitaleAdressen?: {
                            adres: string;
                            isStandaardAdres?: boolean;
                            omschrijving?: string;
                            soortDigitaalAdres: "email" | "telefoonnummer" | "overig";
                            /** Format: date-time */
                            verificatieDatum?: string;
                        }[];
                        /** Format: date */
                        geboortedatum?: string;
                        geverifieerd?: boolean;
                        identificatoren?: {
                            codeObjecttype: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
                            codeRegister: "brp" | "hr";
                            codeSoortObjectId: "bsn" | "vestigingsnummer" | "kvk_nummer" | "rsin";
                            objectId: string;
                        }[];
                        indicatieActief?: boolean;
                        indicatieGeheimhouding?: boolean;
                        interneNotitie?: string;
                        organisatieNaam?: string;
                        soortPartij: "persoon" | "organisatie" | "contactpersoon";
                        voorkeurstaal?: string;
                        voorletters?: string;
                        voornaam?: string;
                        voorvoegselAchternaam?: string;
                        /** Format: uuid */
                        werkteVoorPartijId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            geverifieerd: true;
                            methode: string;
                            partij: {
                                aangemaaktOp: string;
                                achternaam: string | null;
                                bezoekadres: {
                                    [key: string]: unknown;
                                } | null;
                                correspondentieadres: {
                                    [key: string]: unknown;
                                } | null;
                                digitaleAdressen: {
                                    adres: string;
                                    id: string;
                                    isStandaardAdres: boolean;
                                    omschrijving: string | null;
                                    soortDigitaalAdres: string;
                                    verificatieDatum: string | null;
                                }[];
                                geboortedatum: string | null;
                                geverifieerd: boolean;
                                id: string;
                                identificatoren: {
                                    codeObjecttype: string;
                                    codeRegister: string;
                                    codeSoortObjectId: string;
                                    id: string;
                                    objectId: string;
                                }[];
                                indicatieActief: boolean;
                                indicatieGeheimhouding: boolean;
                                interneNotitie: string | null;
                                nummer: string;
                                organisatieNaam: string | null;
                                soortPartij: string;
                                volledigeNaam: string;
                                voorkeurstaal: string;
                                voorletters: string | null;
                                voornaam: string | null;
                                voorvoegselAchternaam: string | null;
                                werkteVoorPartijId: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/sjabloon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een goedgekeurd WhatsApp-sjabloon versturen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description naam van het goedgekeurde sjabloon in WhatsApp Manager */
                        naam: string;
                        /** @default [] */
                        parameters: string[];
                        /** @description taalcode van het sjabloon, bv. nl of en_US */
                        taal: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bezorgstatus: string;
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/sluimeren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Laat een gesprek sluimeren: het verdwijnt uit de inbox tot het gekozen moment
         * @description `tot` ligt in de toekomst en hoogstens 30 dagen vooruit. Een nieuw bericht van de inwoner wekt het gesprek eerder.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        tot: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gesluimerdTot: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Wek een sluimerend gesprek: het staat meteen weer in de inbox */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/tijdlijn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De tijdlijn van de inwoner van dit gesprek (pas na verificatie) */
        get: {
            parameters: {
                query: {
                    cursor?: string;
                    limit: number;
                    volgorde: "aflopend" | "oplopend";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                [key: string]: unknown;
                            }[];
                            volgende: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/toewijzing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pak een gesprek op (lege body), of draag het over aan een collega of team */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        medewerkerId?: string;
                        /** Format: uuid */
                        teamId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Leg een gesprek terug in de wachtrij */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/typen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Laat de inwoner zien dat de medewerker typt */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/verificatie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verifieer de inwoner in dit gesprek met naam, geboortedatum en postcode */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        geboortedatum: string;
                        naam: string;
                        postcode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            geverifieerd: true;
                            methode: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gesprekken/{id}/verificatie/brp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bevestig de identiteit van de beller met de BRP: het gesprek wordt geverifieerd en de partij (met BSN) gekoppeld of aangemaakt */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bsn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            geverifieerd: true;
                            methode: string;
                            nieuwePartij: boolean;
                            partijId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open gesprekken over alle kanalen, langst wachtend eerst; te filteren op kanaal, team en label, en de sluimerende apart */
        get: {
            parameters: {
                query: {
                    filter: "alle" | "mijn" | "ongetoegewezen";
                    kanaal?: string;
                    label?: string;
                    limit: number;
                    /** @description wachttijd: langst wachtend eerst; oudste/nieuwste: op begin, of op laatste bericht */
                    sorteer: "wachttijd" | "oudste" | "nieuwste";
                    status?: "open" | "toegewezen" | "wacht_op_klant";
                    team?: string;
                    /** @description Hetzelfde als team (ouder) */
                    teamId?: string;
                    /** @description gesluimerd: alleen de gesprekken die nu sluimeren */
                    weergave: "inbox" | "gesluimerd";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                gesluimerdTot: string | null;
                                geverifieerd: boolean;
                                id: string;
                                kanaal: string;
                                laatsteBerichtOp: string | null;
                                labels: string[];
                                onderwerp: string | null;
                                partij: {
                                    id: string | null;
                                    naam: string;
                                } | null;
                                slaDeadline: string | null;
                                status: string;
                                team: {
                                    id: string;
                                    naam: string;
                                } | null;
                                toegewezenAan: {
                                    id: string;
                                    naam: string;
                                } | null;
                                wachtSinds: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/aantallen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hoeveel gesprekken op mij wachten (voor de teller bij Inbox); zonder persoonsgegevens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gesprekken: {
                                id: string;
                                kanaal: string;
                            }[];
                            /** @description Aantal; de lijst telt er hoogstens 500 */
                            wachtend: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inkomend/{id}/opnieuw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verwerk een mislukt bericht nu opnieuw */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inkomend/niet-verwerkt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inkomende berichten waarvan de verwerking mislukte, met de fout */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string;
                                kanaal: string;
                                kanaalBerichtId: string;
                                laatsteFout: string | null;
                                ontvangenOp: string;
                                pogingen: number;
                                volgendePogingOp: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inkomend/vervolgstappen/{id}/opnieuw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Probeer een stilgezette vervolgstap nu opnieuw */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inkomend/vervolgstappen/mislukt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vervolgstappen van inkomende berichten (botbeurt, classificeren) die mislukten, met de fout */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                aangemaaktOp: string;
                                berichtId: string;
                                geparkeerd: boolean;
                                gesprekId: string;
                                id: string;
                                laatsteFout: string | null;
                                pogingen: number;
                                stap: "bot-beurt" | "classificeren";
                                volgendePogingOp: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interne-taken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Werklijst: taken op status, toegewezen actor of voor mij/mijn team, te laat eerst; termijn in werkdagen */
        get: {
            parameters: {
                query: {
                    actorId?: string;
                    limit: number;
                    status?: "te_verwerken" | "verwerkt";
                    /** @description Alleen open taken waarvan de termijn verstreken is */
                    termijn?: "te-laat";
                    /** @description mij: aan mij toegewezen; team: aan mijn teams of hun leden; afdeling: aan alle teams van de afdelingen van mijn teams of hun leden (een team zonder afdeling telt als eigen afdeling); ingediend: door mij uitgezet */
                    voor?: "mij" | "team" | "afdeling" | "ingediend";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                actoren: {
                                    id: string;
                                    naam: string;
                                    soortActor: string;
                                }[];
                                afgehandeldOp: string | null;
                                /** @description uiterlijkOp, anders toegewezenOp plus de terugbeltermijn van het team in werkdagen */
                                deadline: string;
                                gevraagdeHandeling: string;
                                id: string;
                                klantcontactId: string;
                                nummer: string;
                                status: string;
                                teLaat: boolean;
                                toegewezenOp: string;
                                toelichting: string | null;
                                uiterlijkOp: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Zet een contactverzoek of taak uit naar een afdeling of collega */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actorIds: string[];
                        gevraagdeHandeling: string;
                        /** Format: uuid */
                        klantcontactId: string;
                        toelichting?: string;
                        /** Format: date-time */
                        uiterlijkOp?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actoren: {
                                id: string;
                                naam: string;
                                soortActor: string;
                            }[];
                            afgehandeldOp: string | null;
                            gevraagdeHandeling: string;
                            id: string;
                            klantcontactId: string;
                            nummer: string;
                            status: string;
                            toegewezenOp: string;
                            toelichting: string | null;
                            uiterlijkOp: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interne-taken/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén interne taak met termijn en notities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actoren: {
                                id: string;
                                naam: string;
                                soortActor: string;
                            }[];
                            afgehandeldOp: string | null;
                            /** @description uiterlijkOp, anders toegewezenOp plus de terugbeltermijn van het team in werkdagen */
                            deadline: string;
                            gevraagdeHandeling: string;
                            id: string;
                            klantcontactId: string;
                            notities: {
                                aangemaaktOp: string;
                                door: string;
                                id: string;
                                soort: "notitie" | "antwoord" | "geclaimd" | "doorgestuurd";
                                tekst: string;
                            }[];
                            nummer: string;
                            status: string;
                            teLaat: boolean;
                            toegewezenOp: string;
                            toelichting: string | null;
                            uiterlijkOp: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interne-taken/{id}/{transitie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Markeer een taak als verwerkt, of heropen haar */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    transitie: "verwerken" | "heropenen";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actoren: {
                                id: string;
                                naam: string;
                                soortActor: string;
                            }[];
                            afgehandeldOp: string | null;
                            /** @description uiterlijkOp, anders toegewezenOp plus de terugbeltermijn van het team in werkdagen */
                            deadline: string;
                            gevraagdeHandeling: string;
                            id: string;
                            klantcontactId: string;
                            notities: {
                                aangemaaktOp: string;
                                door: string;
                                id: string;
                                soort: "notitie" | "antwoord" | "geclaimd" | "doorgestuurd";
                                tekst: string;
                            }[];
                            nummer: string;
                            status: string;
                            teLaat: boolean;
                            toegewezenOp: string;
                            toelichting: string | null;
                            uiterlijkOp: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interne-taken/{id}/afsluiten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sluit een taak af met het antwoord dat gegeven is (transitie verwerken) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        antwoord: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actoren: {
                                id: string;
                                naam: string;
                                soortActor: string;
                            }[];
                            afgehandeldOp: string | null;
                            /** @description uiterlijkOp, anders toegewezenOp plus de terugbeltermijn van het team in werkdagen */
                            deadline: string;
                            gevraagdeHandeling: string;
                            id: string;
                            klantcontactId: string;
                            notities: {
                                aangemaaktOp: string;
                                door: string;
                                id: string;
                                soort: "notitie" | "antwoord" | "geclaimd" | "doorgestuurd";
                                tekst: string;
                            }[];
                            nummer: string;
                            status: string;
                            teLaat: boolean;
                            toegewezenOp: string;
                            toelichting: string | null;
                            uiterlijkOp: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interne-taken/{id}/claimen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pak een open taak op: zij wordt aan mij toegewezen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actoren: {
                                id: string;
                                naam: string;
                                soortActor: string;
                            }[];
                            afgehandeldOp: string | null;
                            /** @description uiterlijkOp, anders toegewezenOp plus de terugbeltermijn van het team in werkdagen */
                            deadline: string;
                            gevraagdeHandeling: string;
                            id: string;
                            klantcontactId: string;
                            notities: {
                                aangemaaktOp: string;
                                door: string;
                                id: string;
                                soort: "notitie" | "antwoord" | "geclaimd" | "doorgestuurd";
                                tekst: string;
                            }[];
                            nummer: string;
                            status: string;
                            teLaat: boolean;
                            toegewezenOp: string;
                            toelichting: string | null;
                            uiterlijkOp: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interne-taken/{id}/doorsturen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stuur een open taak door naar een collega of een ander team */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Een collega of een team
                         */
                        actorId: string;
                        toelichting?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actoren: {
                                id: string;
                                naam: string;
                                soortActor: string;
                            }[];
                            afgehandeldOp: string | null;
                            /** @description uiterlijkOp, anders toegewezenOp plus de terugbeltermijn van het team in werkdagen */
                            deadline: string;
                            gevraagdeHandeling: string;
                            id: string;
                            klantcontactId: string;
                            notities: {
                                aangemaaktOp: string;
                                door: string;
                                id: string;
                                soort: "notitie" | "antwoord" | "geclaimd" | "doorgestuurd";
                                tekst: string;
                            }[];
                            nummer: string;
                            status: string;
                            teLaat: boolean;
                            toegewezenOp: string;
                            toelichting: string | null;
                            uiterlijkOp: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interne-taken/{id}/notities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Voeg een notitie toe aan een taak */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tekst: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actoren: {
                                id: string;
                                naam: string;
                                soortActor: string;
                            }[];
                            afgehandeldOp: string | null;
                            /** @description uiterlijkOp, anders toegewezenOp plus de terugbeltermijn van het team in werkdagen */
                            deadline: string;
                            gevraagdeHandeling: string;
                            id: string;
                            klantcontactId: string;
                            notities: {
                                aangemaaktOp: string;
                                door: string;
                                id: string;
                                soort: "notitie" | "antwoord" | "geclaimd" | "doorgestuurd";
                                tekst: string;
                            }[];
                            nummer: string;
                            status: string;
                            teLaat: boolean;
                            toegewezenOp: string;
                            toelichting: string | null;
                            uiterlijkOp: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interne-taken/coordinatie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per afdeling: open taken, hoeveel te laat, en gemiddeld verstreken werkdagen tegenover de gemiddelde termijn */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            afdelingen: {
                                afdeling: string | null;
                                afdelingId: string | null;
                                /** @description De terugbeltermijn van het team (standaard 2), gemiddeld over de open taken */
                                gemiddeldeTermijnWerkdagen: number;
                                /** @description Hele werkdagen sinds de dag van toewijzen (die dag telt niet), gemiddeld over de open taken */
                                gemiddeldVerstrekenWerkdagen: number;
                                open: number;
                                teLaat: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interne-taken/herverdelen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stuur meerdere open taken door naar één medewerker of team; per taak het resultaat (gedeeltelijk gelukt wordt gemeld, niet verborgen) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description De actor van de medewerker of het team dat de taken krijgt
                         */
                        actorId: string;
                        taakIds: string[];
                        toelichting?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gelukt: number;
                            mislukt: number;
                            resultaten: {
                                code: string | null;
                                id: string;
                                resultaat: "ok" | "fout";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kanalen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle berichtenkanalen (beheer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                aangemaaktOp: string;
                                actief: boolean;
                                geheimen: {
                                    [key: string]: {
                                        ingesteld: boolean;
                                    };
                                };
                                /** @description Webhookverzoeken met een ontbrekende of valse handtekening, of te oud */
                                geweigerdeVerzoeken: {
                                    aantal: number;
                                    laatsteOp: string | null;
                                };
                                gewijzigdOp: string;
                                id: string;
                                instellingen: {
                                    [key: string]: string;
                                };
                                kanaal: string;
                                naam: string;
                                soort: string;
                                webhookUrl: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Kanaal koppelen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actief?: boolean;
                        /** @description whatsapp/messenger/instagram: appSecret, accessToken, verifyToken; sms-twilio: authToken; sms-bird: accessKey, signingKey. Versleuteld bewaard, nooit teruggegeven. */
                        geheimen: {
                            [key: string]: string;
                        };
                        /** @description whatsapp: phoneNumberId; messenger: pageId; instagram: accountId; sms-twilio: accountSid, nummer; sms-bird: workspaceId, channelId */
                        instellingen: {
                            [key: string]: string;
                        };
                        naam: string;
                        soort: "whatsapp" | "messenger" | "instagram" | "sms-twilio" | "sms-bird";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aangemaaktOp: string;
                            actief: boolean;
                            geheimen: {
                                [key: string]: {
                                    ingesteld: boolean;
                                };
                            };
                            /** @description Webhookverzoeken met een ontbrekende of valse handtekening, of te oud */
                            geweigerdeVerzoeken: {
                                aantal: number;
                                laatsteOp: string | null;
                            };
                            gewijzigdOp: string;
                            id: string;
                            instellingen: {
                                [key: string]: string;
                            };
                            kanaal: string;
                            naam: string;
                            soort: string;
                            webhookUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kanalen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén kanaal */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aangemaaktOp: string;
                            actief: boolean;
                            geheimen: {
                                [key: string]: {
                                    ingesteld: boolean;
                                };
                            };
                            /** @description Webhookverzoeken met een ontbrekende of valse handtekening, of te oud */
                            geweigerdeVerzoeken: {
                                aantal: number;
                                laatsteOp: string | null;
                            };
                            gewijzigdOp: string;
                            id: string;
                            instellingen: {
                                [key: string]: string;
                            };
                            kanaal: string;
                            naam: string;
                            soort: string;
                            webhookUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Kanaal verwijderen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Kanaal wijzigen, aan- of uitzetten */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actief?: boolean;
                        /** @description whatsapp/messenger/instagram: appSecret, accessToken, verifyToken; sms-twilio: authToken; sms-bird: accessKey, signingKey. Versleuteld bewaard, nooit teruggegeven. */
                        geheimen?: {
                            [key: string]: string;
                        };
                        /** @description whatsapp: phoneNumberId; messenger: pageId; instagram: accountId; sms-twilio: accountSid, nummer; sms-bird: workspaceId, channelId */
                        instellingen?: {
                            [key: string]: string;
                        };
                        naam?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aangemaaktOp: string;
                            actief: boolean;
                            geheimen: {
                                [key: string]: {
                                    ingesteld: boolean;
                                };
                            };
                            /** @description Webhookverzoeken met een ontbrekende of valse handtekening, of te oud */
                            geweigerdeVerzoeken: {
                                aantal: number;
                                laatsteOp: string | null;
                            };
                            gewijzigdOp: string;
                            id: string;
                            instellingen: {
                                [key: string]: string;
                            };
                            kanaal: string;
                            naam: string;
                            soort: string;
                            webhookUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/kanalen/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Test de koppeling: vraag de aanbieder onschuldig naar het eigen account (ook als het kanaal uit staat) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duurMs: number;
                            melding: string;
                            ok: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kanalen/{id}/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook van de aanbieder (Meta, Twilio, Bird) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Webhook van de aanbieder (Meta, Twilio, Bird) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kennisbank/artikelen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gepubliceerde artikelen (voor het CMS; met ETag en Last-Modified) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                audience: ("inwoner" | "ondernemer")[];
                                /** @description Markdown */
                                body: string;
                                category: string;
                                /** @description Eigenaar: de afdeling of het team */
                                department: string;
                                /** @description De body als veilige (opgeschoonde) HTML */
                                html: string;
                                id: string;
                                keywords: string[];
                                publishedAt: string;
                                reviewDate: string | null;
                                /** @description Het korte antwoord voor chat en WhatsApp */
                                summary: string;
                                title: string;
                                type: "artikel" | "werkinstructie" | "nieuws";
                                /** Format: date */
                                updated: string;
                                upl: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Nieuw kennisartikel (versie 1, concept) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audience: ("inwoner" | "ondernemer")[];
                        /** @description Markdown */
                        body: string;
                        category: string;
                        /** @description Eigenaar: de afdeling of het team */
                        department: string;
                        id: string;
                        keywords: string[];
                        reviewDate?: string | null;
                        /** @description Het korte antwoord voor chat en WhatsApp */
                        summary: string;
                        title: string;
                        type: "artikel" | "werkinstructie" | "nieuws";
                        upl: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articleId: string;
                            audience: ("inwoner" | "ondernemer")[];
                            author: string;
                            /** @description Markdown */
                            body: string;
                            category: string;
                            createdAt: string;
                            /** @description Eigenaar: de afdeling of het team */
                            department: string;
                            keywords: string[];
                            reviewDate: string | null;
                            status: "concept" | "ter_review" | "gepubliceerd" | "gearchiveerd";
                            statusChangedAt: string;
                            /** @description Het korte antwoord voor chat en WhatsApp */
                            summary: string;
                            title: string;
                            type: "artikel" | "werkinstructie" | "nieuws";
                            /** Format: date */
                            updated: string;
                            upl: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kennisbank/artikelen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén gepubliceerd artikel, met de body als veilige HTML */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audience: ("inwoner" | "ondernemer")[];
                            /** @description Markdown */
                            body: string;
                            category: string;
                            /** @description Eigenaar: de afdeling of het team */
                            department: string;
                            /** @description De body als veilige (opgeschoonde) HTML */
                            html: string;
                            id: string;
                            keywords: string[];
                            publishedAt: string;
                            reviewDate: string | null;
                            /** @description Het korte antwoord voor chat en WhatsApp */
                            summary: string;
                            title: string;
                            type: "artikel" | "werkinstructie" | "nieuws";
                            /** Format: date */
                            updated: string;
                            upl: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kennisbank/artikelen/{id}/concept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Bewaar het concept; na publicatie begint dit een nieuwe versie */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audience: ("inwoner" | "ondernemer")[];
                        /** @description Markdown */
                        body: string;
                        category: string;
                        /** @description Eigenaar: de afdeling of het team */
                        department: string;
                        keywords: string[];
                        reviewDate?: string | null;
                        /** @description Het korte antwoord voor chat en WhatsApp */
                        summary: string;
                        title: string;
                        type: "artikel" | "werkinstructie" | "nieuws";
                        upl: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articleId: string;
                            audience: ("inwoner" | "ondernemer")[];
                            author: string;
                            /** @description Markdown */
                            body: string;
                            category: string;
                            createdAt: string;
                            /** @description Eigenaar: de afdeling of het team */
                            department: string;
                            keywords: string[];
                            reviewDate: string | null;
                            status: "concept" | "ter_review" | "gepubliceerd" | "gearchiveerd";
                            statusChangedAt: string;
                            /** @description Het korte antwoord voor chat en WhatsApp */
                            summary: string;
                            title: string;
                            type: "artikel" | "werkinstructie" | "nieuws";
                            /** Format: date */
                            updated: string;
                            upl: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kennisbank/artikelen/{id}/versies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle versies van een artikel, nieuwste eerst */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            publishedVersion: number | null;
                            versions: {
                                articleId: string;
                                audience: ("inwoner" | "ondernemer")[];
                                author: string;
                                /** @description Markdown */
                                body: string;
                                category: string;
                                createdAt: string;
                                /** @description Eigenaar: de afdeling of het team */
                                department: string;
                                keywords: string[];
                                reviewDate: string | null;
                                status: "concept" | "ter_review" | "gepubliceerd" | "gearchiveerd";
                                statusChangedAt: string;
                                /** @description Het korte antwoord voor chat en WhatsApp */
                                summary: string;
                                title: string;
                                type: "artikel" | "werkinstructie" | "nieuws";
                                /** Format: date */
                                updated: string;
                                upl: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kennisbank/artikelen/{id}/versies/{versie}/{transitie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Indienen, terugsturen, publiceren of archiveren van een versie (publiceren en archiveren: alleen redacteur) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    transitie: "indienen" | "terugsturen" | "publiceren" | "archiveren";
                    versie: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articleId: string;
                            audience: ("inwoner" | "ondernemer")[];
                            author: string;
                            /** @description Markdown */
                            body: string;
                            category: string;
                            createdAt: string;
                            /** @description Eigenaar: de afdeling of het team */
                            department: string;
                            keywords: string[];
                            reviewDate: string | null;
                            status: "concept" | "ter_review" | "gepubliceerd" | "gearchiveerd";
                            statusChangedAt: string;
                            /** @description Het korte antwoord voor chat en WhatsApp */
                            summary: string;
                            title: string;
                            type: "artikel" | "werkinstructie" | "nieuws";
                            /** Format: date */
                            updated: string;
                            upl: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kennisbank/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De gepubliceerde kennisbank in het uitwisselformaat van `npx loket import kennisbank` */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audience: ("inwoner" | "ondernemer")[];
                            /** @description Markdown */
                            body: string;
                            category: string;
                            /** @description Eigenaar: de afdeling of het team */
                            department: string;
                            id: string;
                            keywords: string[];
                            reviewDate?: string | null;
                            /** @description Het korte antwoord voor chat en WhatsApp */
                            summary: string;
                            title: string;
                            type: "artikel" | "werkinstructie" | "nieuws";
                            /** Format: date */
                            updated: string;
                            upl: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kennisbank/redactie/artikelen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle artikelen met de status van hun nieuwste versie, voor redacteuren (filters en paginering) */
        get: {
            parameters: {
                query: {
                    limit: number;
                    offset: number;
                    /** @description Woorden in titel, id, categorie, afdeling of trefwoorden (alle woorden moeten voorkomen) */
                    q?: string;
                    /** @description Alleen gepubliceerde artikelen waarvan de reviewdatum bereikt is */
                    reviewDue?: boolean;
                    status?: "concept" | "ter_review" | "gepubliceerd" | "gearchiveerd";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            limit: number;
                            offset: number;
                            results: {
                                author: string;
                                category: string;
                                /** @description Laatste wijziging van de nieuwste versie (opslaan of statusovergang) */
                                changedAt: string;
                                department: string;
                                id: string;
                                publishedVersion: number | null;
                                reviewDate: string | null;
                                /** @description De reviewdatum van de gepubliceerde versie is bereikt */
                                reviewOverdue: boolean;
                                status: "concept" | "ter_review" | "gepubliceerd" | "gearchiveerd";
                                title: string;
                                type: "artikel" | "werkinstructie" | "nieuws";
                                /** Format: date */
                                updated: string;
                                /** @description De nieuwste versie */
                                version: number;
                            }[];
                            /** @description Aantal artikelen dat aan de filters voldoet */
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kennisbank/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Artikelen waarvan de reviewdatum (bijna) verstreken is, per eigenaar-afdeling */
        get: {
            parameters: {
                query: {
                    afdeling?: string;
                    binnenDagen: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                articles: {
                                    id: string;
                                    overdue: boolean;
                                    reviewDate: string;
                                    title: string;
                                }[];
                                department: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kennisbank/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Zoek in de gepubliceerde kennisbank (openbaar; ingelogde medewerkers zien ook werkinstructies) */
        get: {
            parameters: {
                query: {
                    limit: number;
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string;
                                score: number;
                                summary: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kennisbank/synoniemen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Synoniemen voor zoeken en de bot */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string;
                                terms: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Leg vast dat woorden hetzelfde betekenen (eerste term is de voorkeursterm) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        terms: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            terms: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kennisbank/synoniemen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Verwijder een synoniemgroep */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kennisbank/voorbeeld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Voorbeeld van een concept: de Markdown als opgeschoonde HTML, net als na publicatie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Markdown */
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description De body als veilige HTML, zoals website en medewerkers hem zien */
                            html: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/klantcontacten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registreer een klantcontact (telefoon, balie, e-mail, ...) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        betrokkenen?: {
                            contactnaam?: {
                                achternaam?: string;
                                voorletters?: string;
                                voornaam?: string;
                                voorvoegselAchternaam?: string;
                            };
                            initiator?: boolean;
                            organisatienaam?: string;
                            /** Format: uuid */
                            partijId?: string;
                            rol: "klant" | "vertegenwoordiger";
                        }[];
                        indicatieContactGelukt?: boolean;
                        inhoud?: string;
                        /** @enum {unknown} */
                        kanaal: "telefoon" | "email" | "webchat" | "formulier" | "balie" | "whatsapp" | "messenger" | "instagram" | "sms" | "brief" | "sociale_media" | "gebeurtenis";
                        onderwerp: string;
                        onderwerpobjecten?: {
                            codeObjecttype: string;
                            codeRegister: string;
                            codeSoortObjectId: string;
                            objectId: string;
                        }[];
                        /** Format: date-time */
                        plaatsgevondenOp?: string;
                        reactie?: string;
                        taal?: string;
                        vertrouwelijk?: boolean;
                        /** Format: uuid */
                        verzoekId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actoren: {
                                id: string;
                                naam: string;
                                soortActor: string;
                            }[];
                            betrokkenen: {
                                id: string;
                                initiator: boolean;
                                partijId: string | null;
                                rol: string;
                                volledigeNaam: string | null;
                            }[];
                            id: string;
                            indicatieContactGelukt: boolean | null;
                            inhoud: string | null;
                            interneTaken: {
                                id: string;
                                nummer: string;
                                status: string;
                            }[];
                            kanaal: string;
                            nummer: string;
                            onderwerp: string;
                            onderwerpobjecten: {
                                codeObjecttype: string;
                                codeRegister: string;
                                codeSoortObjectId: string;
                                id: string;
                                objectId: string;
                            }[];
                            plaatsgevondenOp: string;
                            reactie: string | null;
                            taal: string;
                            vertrouwelijk: boolean;
                            verzoekId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/klantcontacten/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén klantcontact met betrokkenen, onderwerpen en taken */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actoren: {
                                id: string;
                                naam: string;
                                soortActor: string;
                            }[];
                            betrokkenen: {
                                id: string;
                                initiator: boolean;
                                partijId: string | null;
                                rol: string;
                                volledigeNaam: string | null;
                            }[];
                            id: string;
                            indicatieContactGelukt: boolean | null;
                            inhoud: string | null;
                            interneTaken: {
                                id: string;
                                nummer: string;
                                status: string;
                            }[];
                            kanaal: string;
                            nummer: string;
                            onderwerp: string;
                            onderwerpobjecten: {
                                codeObjecttype: string;
                                codeRegister: string;
                                codeSoortObjectId: string;
                                id: string;
                                objectId: string;
                            }[];
                            plaatsgevondenOp: string;
                            reactie: string | null;
                            taal: string;
                            vertrouwelijk: boolean;
                            verzoekId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/klantcontacten/{id}/verzoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Koppel een klantcontact aan een verzoek (of ontkoppel met null) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        verzoekId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actoren: {
                                id: string;
                                naam: string;
                                soortActor: string;
                            }[];
                            betrokkenen: {
                                id: string;
                                initiator: boolean;
                                partijId: string | null;
                                rol: string;
                                volledigeNaam: string | null;
                            }[];
                            id: string;
                            indicatieContactGelukt: boolean | null;
                            inhoud: string | null;
                            interneTaken: {
                                id: string;
                                nummer: string;
                                status: string;
                            }[];
                            kanaal: string;
                            nummer: string;
                            onderwerp: string;
                            onderwerpobjecten: {
                                codeObjecttype: string;
                                codeRegister: string;
                                codeSoortObjectId: string;
                                id: string;
                                objectId: string;
                            }[];
                            plaatsgevondenOp: string;
                            reactie: string | null;
                            taal: string;
                            vertrouwelijk: boolean;
                            verzoekId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/klantcontacten/{id}/zaken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Koppel een zaak aan een klantcontact (onderwerpobject zgw-Zaak) en meld het contact bij de zaak */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Naam (of id) van het zaaksysteem */
                        bron: string;
                        /** Format: uri */
                        zaakUrl: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            onderwerpobject: {
                                codeObjecttype: string;
                                codeRegister: string;
                                codeSoortObjectId: string;
                                objectId: string;
                            };
                            zaak: {
                                identificatie: string;
                                omschrijving: string | null;
                            };
                            /** @description Of het zaaksysteem het contact bij de zaak heeft geregistreerd */
                            zaakcontactmoment: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Labels die op gesprekken staan, met hoe vaak (meest gebruikt eerst) */
        get: {
            parameters: {
                query: {
                    limit: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                aantal: number;
                                label: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/medewerkers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle medewerkers met hun teams */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                actief: boolean;
                                actorId: string;
                                email: string | null;
                                gebruikersnaam: string;
                                id: string;
                                naam: string;
                                rollen: string[];
                                teams: {
                                    id: string;
                                    naam: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Voeg een medewerker toe */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email?: string;
                        gebruikersnaam: string;
                        naam: string;
                        rollen: ("kcc" | "backoffice" | "teamleider" | "redacteur" | "beheerder" | "gebeurtenisbron")[];
                        /** @description Namen van de teams (een onbekende naam maakt het team aan) */
                        teams?: string[];
                        wachtwoord?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actief: boolean;
                            actorId: string;
                            email: string | null;
                            gebruikersnaam: string;
                            id: string;
                            naam: string;
                            rollen: string[];
                            teams: {
                                id: string;
                                naam: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/medewerkers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Wijzig naam, e-mail, rollen en teams van een medewerker, of zet het account uit (actief: false) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description false: de medewerker kan niet meer inloggen en de sessies eindigen meteen */
                        actief: boolean;
                        email: string | null;
                        naam: string;
                        rollen: ("kcc" | "backoffice" | "teamleider" | "redacteur" | "beheerder" | "gebeurtenisbron")[];
                        /** @description Namen van de teams (een onbekende naam maakt het team aan) */
                        teams: string[];
                        /** @description Een nieuw wachtwoord (minstens 12 tekens); weglaten houdt het huidige. De sessies eindigen */
                        wachtwoord?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actief: boolean;
                            actorId: string;
                            email: string | null;
                            gebruikersnaam: string;
                            id: string;
                            naam: string;
                            rollen: string[];
                            teams: {
                                id: string;
                                naam: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notificaties/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ontvang een notificatie van de Notificaties API (callback van een abonnement)
         * @description Geautoriseerd als de hele Authorization-header gelijk is aan NOTIFICATIES_CALLBACK_AUTH (de auth van het abonnement).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description Datum en tijd waarop de actie heeft plaatsgevonden.
                         */
                        aanmaakdatum: string;
                        /** @description De actie die door de publicerende API is gedaan. De publicerende API specificeert de toegestane acties. */
                        actie: string;
                        /**
                         * hoofdobject
                         * Format: uri
                         * @description URL-referentie naar het hoofd object van de publicerende API die betrekking heeft op de `resource`.
                         */
                        hoofdObject: string;
                        /** @description De naam van het kanaal (`KANAAL.naam`) waar het bericht op moet worden gepubliceerd. */
                        kanaal: string;
                        /** @description Mapping van kenmerken (sleutel/waarde) van de notificatie. De publicerende API specificeert de toegestane kenmerken. */
                        kenmerken?: {
                            [key: string]: string;
                        };
                        /** @description De resourcenaam waar de notificatie over gaat. */
                        resource: string;
                        /**
                         * Format: uri
                         * @description URL-referentie naar de `resource` van de publicerende API.
                         */
                        resourceUrl: string;
                        /** @description De identifier van de oorsprong van de notificatie, een systeem of organisatie. */
                        source?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partijen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Zoek partijen op naam, BSN, e-mail, telefoonnummer of postcode */
        get: {
            parameters: {
                query?: {
                    bsn?: string;
                    email?: string;
                    limit?: number;
                    naam?: string;
                    postcode?: string;
                    telefoonnummer?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                geverifieerd: boolean;
                                id: string;
                                nummer: string;
                                soortPartij: string;
                                volledigeNaam: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Registreer een partij (persoon, organisatie of contactpersoon) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        achternaam?: string;
                        bezoekadres?: {
                            huisnummer?: number;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        };
                        correspondentieadres?: {
                            huisnummer?: number;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        };
                        digitaleAdressen?: {
                            adres: string;
                            isStandaardAdres?: boolean;
                            omschrijving?: string;
                            soortDigitaalAdres: "email" | "telefoonnummer" | "overig";
                            /** Format: date-time */
                            verificatieDatum?: string;
                        }[];
                        /** Format: date */
                        geboortedatum?: string;
                        geverifieerd?: boolean;
                        identificatoren?: {
                            codeObjecttype: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
                            codeRegister: "brp" | "hr";
                            codeSoortObjectId: "bsn" | "vestigingsnummer" | "kvk_nummer" | "rsin";
                            objectId: string;
                        }[];
                        indicatieActief?: boolean;
                        indicatieGeheimhouding?: boolean;
                        interneNotitie?: string;
                        organisatieNaam?: string;
                        soortPartij: "persoon" | "organisatie" | "contactpersoon";
                        voorkeurstaal?: string;
                        voorletters?: string;
                        voornaam?: string;
                        voorvoegselAchternaam?: string;
                        /** Format: uuid */
                        werkteVoorPartijId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aangemaaktOp: string;
                            achternaam: string | null;
                            bezoekadres: {
                                [key: string]: unknown;
                            } | null;
                            correspondentieadres: {
                                [key: string]: unknown;
                            } | null;
                            digitaleAdressen: {
                                adres: string;
                                id: string;
                                isStandaardAdres: boolean;
                                omschrijving: string | null;
                                soortDigitaalAdres: string;
                                verificatieDatum: string | null;
                            }[];
                            geboortedatum: string | null;
                            geverifieerd: boolean;
                            id: string;
                            identificatoren: {
                                codeObjecttype: string;
                                codeRegister: string;
                                codeSoortObjectId: string;
                                id: string;
                                objectId: string;
                            }[];
                            indicatieActief: boolean;
                            indicatieGeheimhouding: boolean;
                            interneNotitie: string | null;
                            nummer: string;
                            organisatieNaam: string | null;
                            soortPartij: string;
                            volledigeNaam: string;
                            voorkeurstaal: string;
                            voorletters: string | null;
                            voornaam: string | null;
                            voorvoegselAchternaam: string | null;
                            werkteVoorPartijId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partijen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén partij met identificatoren en contactgegevens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aangemaaktOp: string;
                            achternaam: string | null;
                            bezoekadres: {
                                [key: string]: unknown;
                            } | null;
                            correspondentieadres: {
                                [key: string]: unknown;
                            } | null;
                            digitaleAdressen: {
                                adres: string;
                                id: string;
                                isStandaardAdres: boolean;
                                omschrijving: string | null;
                                soortDigitaalAdres: string;
                                verificatieDatum: string | null;
                            }[];
                            geboortedatum: string | null;
                            geverifieerd: boolean;
                            id: string;
                            identificatoren: {
                                codeObjecttype: string;
                                codeRegister: string;
                                codeSoortObjectId: string;
                                id: string;
                                objectId: string;
                            }[];
                            indicatieActief: boolean;
                            indicatieGeheimhouding: boolean;
                            interneNotitie: string | null;
                            nummer: string;
                            organisatieNaam: string | null;
                            soortPartij: string;
                            volledigeNaam: string;
                            voorkeurstaal: string;
                            voorletters: string | null;
                            voornaam: string | null;
                            voorvoegselAchternaam: string | null;
                            werkteVoorPartijId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Wijzig gegevens van een partij */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        achternaam?: string;
                        bezoekadres?: {
                            huisnummer?: number;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        };
                        correspondentieadres?: {
                            huisnummer?: number;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        };
                        /** Format: date */
                        geboortedatum?: string;
                        geverifieerd?: boolean;
                        indicatieActief?: boolean;
                        indicatieGeheimhouding?: boolean;
                        interneNotitie?: string;
                        organisatieNaam?: string;
                        voorkeurstaal?: string;
                        voorletters?: string;
                        voornaam?: string;
                        voorvoegselAchternaam?: string;
                        /** Format: uuid */
                        werkteVoorPartijId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aangemaaktOp: string;
                            achternaam: string | null;
                            bezoekadres: {
                                [key: string]: unknown;
                            } | null;
                            correspondentieadres: {
                                [key: string]: unknown;
                            } | null;
                            digitaleAdressen: {
                                adres: string;
                                id: string;
                                isStandaardAdres: boolean;
                                omschrijving: string | null;
                                soortDigitaalAdres: string;
                                verificatieDatum: string | null;
                            }[];
                            geboortedatum: string | null;
                            geverifieerd: boolean;
                            id: string;
                            identificatoren: {
                                codeObjecttype: string;
                                codeRegister: string;
                                codeSoortObjectId: string;
                                id: string;
                                objectId: string;
                            }[];
                            indicatieActief: boolean;
                            indicatieGeheimhouding: boolean;
                            interneNotitie: string | null;
                            nummer: string;
                            organisatieNaam: string | null;
                            soortPartij: string;
                            volledigeNaam: string;
                            voorkeurstaal: string;
                            voorletters: string | null;
                            voornaam: string | null;
                            voorvoegselAchternaam: string | null;
                            werkteVoorPartijId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/partijen/{id}/digitale-adressen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Voeg een e-mailadres, telefoonnummer of ander digitaal adres toe */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        adres: string;
                        isStandaardAdres?: boolean;
                        omschrijving?: string;
                        soortDigitaalAdres: "email" | "telefoonnummer" | "overig";
                        /** Format: date-time */
                        verificatieDatum?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aangemaaktOp: string;
                            achternaam: string | null;
                            bezoekadres: {
                                [key: string]: unknown;
                            } | null;
                            correspondentieadres: {
                                [key: string]: unknown;
                            } | null;
                            digitaleAdressen: {
                                adres: string;
                                id: string;
                                isStandaardAdres: boolean;
                                omschrijving: string | null;
                                soortDigitaalAdres: string;
                                verificatieDatum: string | null;
                            }[];
                            geboortedatum: string | null;
                            geverifieerd: boolean;
                            id: string;
                            identificatoren: {
                                codeObjecttype: string;
                                codeRegister: string;
                                codeSoortObjectId: string;
                                id: string;
                                objectId: string;
                            }[];
                            indicatieActief: boolean;
                            indicatieGeheimhouding: boolean;
                            interneNotitie: string | null;
                            nummer: string;
                            organisatieNaam: string | null;
                            soortPartij: string;
                            volledigeNaam: string;
                            voorkeurstaal: string;
                            voorletters: string | null;
                            voornaam: string | null;
                            voorvoegselAchternaam: string | null;
                            werkteVoorPartijId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partijen/{id}/identificatoren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Voeg een identificator toe (BSN, KvK-nummer, ...) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        codeObjecttype: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
                        codeRegister: "brp" | "hr";
                        codeSoortObjectId: "bsn" | "vestigingsnummer" | "kvk_nummer" | "rsin";
                        objectId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aangemaaktOp: string;
                            achternaam: string | null;
                            bezoekadres: {
                                [key: string]: unknown;
                            } | null;
                            correspondentieadres: {
                                [key: string]: unknown;
                            } | null;
                            digitaleAdressen: {
                                adres: string;
                                id: string;
                                isStandaardAdres: boolean;
                                omschrijving: string | null;
                                soortDigitaalAdres: string;
                                verificatieDatum: string | null;
                            }[];
                            geboortedatum: string | null;
                            geverifieerd: boolean;
                            id: string;
                            identificatoren: {
                                codeObjecttype: string;
                                codeRegister: string;
                                codeSoortObjectId: string;
                                id: string;
                                objectId: string;
                            }[];
                            indicatieActief: boolean;
                            indicatieGeheimhouding: boolean;
                            interneNotitie: string | null;
                            nummer: string;
                            organisatieNaam: string | null;
                            soortPartij: string;
                            volledigeNaam: string;
                            voorkeurstaal: string;
                            voorletters: string | null;
                            voornaam: string | null;
                            voorvoegselAchternaam: string | null;
                            werkteVoorPartijId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partijen/{id}/samenvoegen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Voeg een dubbele partij samen met deze; de geschiedenis verhuist mee */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        metPartijId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aangemaaktOp: string;
                            achternaam: string | null;
                            bezoekadres: {
                                [key: string]: unknown;
                            } | null;
                            correspondentieadres: {
                                [key: string]: unknown;
                            } | null;
                            digitaleAdressen: {
                                adres: string;
                                id: string;
                                isStandaardAdres: boolean;
                                omschrijving: string | null;
                                soortDigitaalAdres: string;
                                verificatieDatum: string | null;
                            }[];
                            geboortedatum: string | null;
                            geverifieerd: boolean;
                            id: string;
                            identificatoren: {
                                codeObjecttype: string;
                                codeRegister: string;
                                codeSoortObjectId: string;
                                id: string;
                                objectId: string;
                            }[];
                            indicatieActief: boolean;
                            indicatieGeheimhouding: boolean;
                            interneNotitie: string | null;
                            nummer: string;
                            organisatieNaam: string | null;
                            soortPartij: string;
                            volledigeNaam: string;
                            voorkeurstaal: string;
                            voorletters: string | null;
                            voornaam: string | null;
                            voorvoegselAchternaam: string | null;
                            werkteVoorPartijId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partijen/{id}/tijdlijn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het 360°-overzicht: alle contacten, gesprekken, taken en verzoeken van een partij, over alle kanalen */
        get: {
            parameters: {
                query: {
                    cursor?: string;
                    limit: number;
                    volgorde: "aflopend" | "oplopend";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                gesprekId: string | null;
                                id: string;
                                kanaal: string | null;
                                samenvatting: string | null;
                                soort: "klantcontact" | "gesprek" | "interne_taak" | "verzoek";
                                status: string | null;
                                tijdstip: string;
                                titel: string;
                                verzoekId: string | null;
                                /** @description Zaken waarover het klantcontact ging (gekoppeld vanuit het zaaksysteem) */
                                zaken: {
                                    identificatie: string | null;
                                    objectId: string;
                                    omschrijving: string | null;
                                }[];
                            }[];
                            volgende: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partijen/{id}/zaken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De zaken van een partij uit alle zaaksystemen, met status, toelichting en planning; bronnen die niet antwoorden staan in ontbrekend */
        get: {
            parameters: {
                query?: {
                    /** @description Verplicht voor rol kcc: een gesprek waarin de beller als deze partij is geverifieerd */
                    gesprek?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ontbrekend: {
                                bron: string;
                                reden: "timeout" | "fout" | "ongeldig-antwoord" | "uit";
                            }[];
                            zaken: {
                                /** @description Naam van het zaaksysteem zoals de beheerder die gaf */
                                bron: string;
                                einddatum: string | null;
                                einddatumGepland: string | null;
                                identificatie: string;
                                omschrijving: string | null;
                                startdatum: string | null;
                                status: {
                                    datumStatusGezet: string | null;
                                    /** @description Omschrijving van het statustype (Catalogi API) */
                                    omschrijving: string;
                                    toelichting: string | null;
                                } | null;
                                /** @description Leeg in de lijst; de historie komt uit /zaken/historie */
                                statussen: {
                                    datumStatusGezet: string | null;
                                    /** @description Omschrijving van het statustype (Catalogi API) */
                                    omschrijving: string;
                                    toelichting: string | null;
                                }[];
                                /** @description Niet afgerond en vandaag (Amsterdam) na de uiterlijke einddatum, of na de geplande als die ontbreekt */
                                teLaat: boolean;
                                uiterlijkeEinddatumAfdoening: string | null;
                                url: string;
                                zaaktype: {
                                    omschrijving: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partijen/{id}/zaken/historie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De statushistorie van één zaak van deze partij (als de medewerker de zaak opent) */
        get: {
            parameters: {
                query: {
                    /** @description Verplicht voor rol kcc: een gesprek waarin de beller als deze partij is geverifieerd */
                    gesprek?: string;
                    /** @description De url van de zaak */
                    url: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statussen: {
                                datumStatusGezet: string | null;
                                /** @description Omschrijving van het statustype (Catalogi API) */
                                omschrijving: string;
                                toelichting: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rapportage/servicenormen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Servicenormen per kanaal in werktijd: van overdracht door de bot (of begin) tot het eerste antwoord van een medewerker */
        get: {
            parameters: {
                query: {
                    /** @description Dag in Amsterdam, YYYY-MM-DD */
                    tot: string;
                    /** @description Dag in Amsterdam, YYYY-MM-DD */
                    van: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kanalen: {
                                afgehandeld: number;
                                binnenNorm: number;
                                kanaal: string;
                                norm: string;
                                percentage: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rapportage/xla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ervaringscijfers (XLA) over de afgesloten gesprekken: tevredenheid, first-contact resolution, herhaalcontacten en klantinspanning, per kanaal, onderwerp, team of week
         * @description JSON, of CSV met Accept: text/csv.
         */
        get: {
            parameters: {
                query: {
                    per?: "kanaal" | "onderwerp" | "team" | "week";
                    /** @description Dag in Amsterdam, YYYY-MM-DD */
                    tot: string;
                    /** @description Dag in Amsterdam, YYYY-MM-DD */
                    van: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kanalen?: {
                                /** @description Gesprekken afgesloten in de periode */
                                contacten: number;
                                csatGemiddeld: number | null;
                                csatTevreden: number | null;
                                /** @description Beantwoorde enquêtes over die gesprekken */
                                enquetes: number;
                                fcr: number | null;
                                /** @description Contacten met partij en onderwerp waarvan de 7 dagen voorbij zijn */
                                fcrBasis: number;
                                /** @description Contacten die binnen 7 dagen volgen op een contact van dezelfde partij over hetzelfde onderwerp (alleen met partij en onderwerp te bepalen) */
                                herhaalcontacten: number;
                                /** @description Klantinspanning: gemiddeld aantal klantcontacten en verschillende kanalen per verzoek, over de verzoeken waar de contacten bij horen; contacten zonder verzoek tellen hier niet mee */
                                inspanning: {
                                    contactenPerVerzoek: number | null;
                                    kanalenPerVerzoek: number | null;
                                    verzoeken: number;
                                };
                                kanaal: string;
                            }[];
                            /** @description Onderwerp zoals de onderwerpherkenning of de afhandeling het gaf; 'onbekend' zonder onderwerp */
                            onderwerpen?: {
                                /** @description Gesprekken afgesloten in de periode */
                                contacten: number;
                                csatGemiddeld: number | null;
                                csatTevreden: number | null;
                                /** @description Beantwoorde enquêtes over die gesprekken */
                                enquetes: number;
                                fcr: number | null;
                                /** @description Contacten met partij en onderwerp waarvan de 7 dagen voorbij zijn */
                                fcrBasis: number;
                                /** @description Contacten die binnen 7 dagen volgen op een contact van dezelfde partij over hetzelfde onderwerp (alleen met partij en onderwerp te bepalen) */
                                herhaalcontacten: number;
                                /** @description Klantinspanning: gemiddeld aantal klantcontacten en verschillende kanalen per verzoek, over de verzoeken waar de contacten bij horen; contacten zonder verzoek tellen hier niet mee */
                                inspanning: {
                                    contactenPerVerzoek: number | null;
                                    kanalenPerVerzoek: number | null;
                                    verzoeken: number;
                                };
                                onderwerp: string;
                            }[];
                            per: "kanaal" | "onderwerp" | "team" | "week";
                            /** @description 'geen team' voor gesprekken zonder team */
                            teams?: {
                                /** @description Gesprekken afgesloten in de periode */
                                contacten: number;
                                csatGemiddeld: number | null;
                                csatTevreden: number | null;
                                /** @description Beantwoorde enquêtes over die gesprekken */
                                enquetes: number;
                                fcr: number | null;
                                /** @description Contacten met partij en onderwerp waarvan de 7 dagen voorbij zijn */
                                fcrBasis: number;
                                /** @description Contacten die binnen 7 dagen volgen op een contact van dezelfde partij over hetzelfde onderwerp (alleen met partij en onderwerp te bepalen) */
                                herhaalcontacten: number;
                                /** @description Klantinspanning: gemiddeld aantal klantcontacten en verschillende kanalen per verzoek, over de verzoeken waar de contacten bij horen; contacten zonder verzoek tellen hier niet mee */
                                inspanning: {
                                    contactenPerVerzoek: number | null;
                                    kanalenPerVerzoek: number | null;
                                    verzoeken: number;
                                };
                                team: string;
                            }[];
                            /** @description Maandag van de week (Amsterdam) waarin het gesprek werd afgesloten */
                            weken?: {
                                /** @description Gesprekken afgesloten in de periode */
                                contacten: number;
                                csatGemiddeld: number | null;
                                csatTevreden: number | null;
                                /** @description Beantwoorde enquêtes over die gesprekken */
                                enquetes: number;
                                fcr: number | null;
                                /** @description Contacten met partij en onderwerp waarvan de 7 dagen voorbij zijn */
                                fcrBasis: number;
                                /** @description Contacten die binnen 7 dagen volgen op een contact van dezelfde partij over hetzelfde onderwerp (alleen met partij en onderwerp te bepalen) */
                                herhaalcontacten: number;
                                /** @description Klantinspanning: gemiddeld aantal klantcontacten en verschillende kanalen per verzoek, over de verzoeken waar de contacten bij horen; contacten zonder verzoek tellen hier niet mee */
                                inspanning: {
                                    contactenPerVerzoek: number | null;
                                    kanalenPerVerzoek: number | null;
                                    verzoeken: number;
                                };
                                week: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teamleider/gesprekken/{id}/overdragen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Teamleider: draag één gesprek van een medewerker over aan een beschikbare teamgenoot */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        medewerkerId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teamleider/medewerkers/{id}/gesprekken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teamleider: de actieve gesprekken van een medewerker en de beschikbare teamgenoten om er één aan over te dragen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            collegas: {
                                id: string;
                                naam: string;
                            }[];
                            gesprekken: {
                                /** Format: date-time */
                                gestartOp: string;
                                id: string;
                                kanaal: string;
                                status: string;
                                wachtSinds: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teamleider/medewerkers/{id}/gesprekken-teruggeven": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Teamleider: leg alle open gesprekken van een medewerker terug in de wachtrij, zodat de routering ze aan beschikbare collega’s geeft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            teruggelegd: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teamleider/overzicht": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live wachtrijen, langste wachttijd per kanaal, status van medewerkers en volumes van vandaag */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            medewerkers: {
                                actieveGesprekken: number;
                                id: string;
                                naam: string;
                                status: string;
                            }[];
                            vandaag: {
                                aantal: number;
                                kanaal: string;
                            }[];
                            wachtrijen: {
                                kanaal: string;
                                langsteWachttijdSeconden: number;
                                wachtend: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/telefoon/cti": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** CTI-webhook van de telefooncentrale (newCall, answer, hangup), met een API-token (rol kcc) of het geheim uit TELEFOON_CTI_GEHEIMEN in X-Loket-CTI-Secret */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "x-loket-cti-secret"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agent?: string;
                        callId: string;
                        cause?: string;
                        direction?: "in" | "out";
                        event: "newCall" | "answer" | "hangup";
                        from?: string;
                        queue?: string;
                        to?: string;
                        user?: string | string[];
                        "user[]"?: string | string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            callId: string;
                            herhaald: boolean;
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/telefoon/cti/{geheim}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verouderd: CTI-webhook met het geheim in de URL, voor centrales die geen header kunnen meesturen (gebruik X-Loket-CTI-Secret)
         * @deprecated
         * @description Het geheim in de URL komt in logbestanden van proxies terecht; Loket schrijft de URL zonder geheim in zijn eigen log.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    geheim: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agent?: string;
                        callId: string;
                        cause?: string;
                        direction?: "in" | "out";
                        event: "newCall" | "answer" | "hangup";
                        from?: string;
                        queue?: string;
                        to?: string;
                        user?: string | string[];
                        "user[]"?: string | string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            callId: string;
                            herhaald: boolean;
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/telefoon/gesprekken/{callId}/notities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een notitie bij een telefoongesprek */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tekst: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gesprekId: string;
                            id: string;
                            inhoud: string;
                            verzondenOp: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/telefoon/gesprekken/{callId}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het transcript van een telefoongesprek, op volgorde */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            callId: string;
                            gesprekId: string | null;
                            segmenten: {
                                end: number;
                                speaker: "agent" | "klant";
                                start: number;
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Transcriptdelen van spraak-naar-tekst (live of na afloop); een deel met hetzelfde begin en dezelfde spreker telt één keer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        segmenten: {
                            end: number;
                            speaker: "agent" | "klant";
                            start: number;
                            text: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alBekend: number;
                            opgeslagen: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/terugbelverzoeken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vraag om teruggebeld te worden (openbaar); wordt een interne taak voor het telefonieteam */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        naam: string;
                        telefoonnummer: string;
                        /**
                         * Format: date-time
                         * @description Het begin van een aangeboden tijdvak
                         */
                        tijdvak: string;
                        vraag: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kenmerk: string | null;
                            status: "verwerkt" | "ontvangen";
                            tijdvak: {
                                begin: string;
                                eind: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kenmerk: string | null;
                            status: "verwerkt" | "ontvangen";
                            tijdvak: {
                                begin: string;
                                eind: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kenmerk: string | null;
                            status: "verwerkt" | "ontvangen";
                            tijdvak: {
                                begin: string;
                                eind: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/terugbelverzoeken/tijdvakken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De tijdvakken waarin de gemeente kan terugbellen (openbaar, voor de website) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tijdvakken: {
                                begin: string;
                                eind: string;
                            }[];
                            tijdzone: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verwerkingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Zoek in de verwerkingenlogging */
        get: {
            parameters: {
                query: {
                    /** @description Deel van het doel, hoofdletters maken niet uit */
                    doel?: string;
                    gebruiker?: string;
                    limit: number;
                    objectId?: string;
                    objecttype?: string;
                    /** @description Sla zoveel resultaten over (bladeren) */
                    offset: number;
                    tot?: string;
                    van?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Er zijn meer resultaten na deze bladzijde (offset + limit) */
                            meer: boolean;
                            results: {
                                actieId: string;
                                actieNaam: string;
                                bewaartermijn: string;
                                doel: string;
                                gebruiker: string;
                                gebruikerNaam: string;
                                handelingNaam: string;
                                rol: string;
                                systeem: string;
                                tijdstip: string;
                                tijdstipRegistratie: string;
                                vertrouwelijkheid: string;
                                verwerkingId: string;
                                verwerkingNaam: string;
                                verwerkteObjecten: {
                                    betrokkenheid: string;
                                    objectId: string;
                                    objecttype: string;
                                    soortObjectId: string;
                                    verwerkteSoortenGegevens: {
                                        soortGegeven: string;
                                    }[];
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verwerkingen/export/partij/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export van alle verwerkingen van één persoon (inzageverzoek, AVG art. 15) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gegenereerdOp: string;
                            partijId: string;
                            verwerkingen: {
                                actieId: string;
                                actieNaam: string;
                                bewaartermijn: string;
                                doel: string;
                                gebruiker: string;
                                gebruikerNaam: string;
                                handelingNaam: string;
                                rol: string;
                                systeem: string;
                                tijdstip: string;
                                tijdstipRegistratie: string;
                                vertrouwelijkheid: string;
                                verwerkingId: string;
                                verwerkingNaam: string;
                                verwerkteObjecten: {
                                    betrokkenheid: string;
                                    objectId: string;
                                    objecttype: string;
                                    soortObjectId: string;
                                    verwerkteSoortenGegevens: {
                                        soortGegeven: string;
                                    }[];
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verzoeken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open een verzoek: één zaak van een inwoner over meerdere contactmomenten */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        omschrijving?: string;
                        onderwerp: string;
                        /** Format: uuid */
                        partijId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aangemaaktOp: string;
                            afgehandeldOp: string | null;
                            id: string;
                            klantcontacten: {
                                id: string;
                                kanaal: string;
                                onderwerp: string;
                                plaatsgevondenOp: string;
                            }[];
                            nummer: string;
                            omschrijving: string | null;
                            onderwerp: string;
                            partijId: string | null;
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verzoeken/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén verzoek met zijn klantcontacten */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aangemaaktOp: string;
                            afgehandeldOp: string | null;
                            id: string;
                            klantcontacten: {
                                id: string;
                                kanaal: string;
                                onderwerp: string;
                                plaatsgevondenOp: string;
                            }[];
                            nummer: string;
                            omschrijving: string | null;
                            onderwerp: string;
                            partijId: string | null;
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verzoeken/{id}/{transitie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Handel een verzoek af of heropen het */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    transitie: "afhandelen" | "heropenen";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aangemaaktOp: string;
                            afgehandeldOp: string | null;
                            id: string;
                            klantcontacten: {
                                id: string;
                                kanaal: string;
                                onderwerp: string;
                                plaatsgevondenOp: string;
                            }[];
                            nummer: string;
                            omschrijving: string | null;
                            onderwerp: string;
                            partijId: string | null;
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webchat/bericht-achterlaten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Laat een bericht achter met e-mailadres of telefoonnummer (als er niemand beschikbaar is) */
        post: {
            parameters: {
                query?: never;
                header: {
                    "x-chat-token": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email?: string;
                        naam?: string;
                        tekst: string;
                        telefoonnummer?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ontvangen: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webchat/berichten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De berichten van de eigen chat (na herladen van de pagina) */
        get: {
            parameters: {
                query?: never;
                header: {
                    "x-chat-token": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            berichten: {
                                /** @description Een antwoord van de chatbot: de inwoner kan zeggen of het nuttig was */
                                beoordeelbaar: boolean;
                                clientId: string | null;
                                id: string;
                                /** @description De chatbot heeft de chat aan de medewerkers overgedragen */
                                overgedragen: boolean;
                                tekst: string;
                                van: "inwoner" | "gemeente";
                                verzondenOp: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webchat/berichten/{id}/beoordeling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Was dit antwoord van de chatbot nuttig? Eén oordeel per antwoord; het eerste telt */
        post: {
            parameters: {
                query?: never;
                header: {
                    "x-chat-token": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nuttig: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nuttig: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nuttig: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webchat/beschikbaarheid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Is er nu een medewerker om te chatten, en beantwoordt de bot een nieuwe chat?
         * @description Met bot=true blijft de chat open, ook zonder medewerker: de bot antwoordt dag en nacht en biedt bij doorverbinden zonder medewerker een bericht achterlaten aan.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            beschikbaar: boolean;
                            bot: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webchat/sessies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Begin een chat (anoniem); de token geeft alleen toegang tot deze chat */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ID token (JWT) van de website na inloggen (DigiD via de makelaar); gecontroleerd volgens WIDGET_IDENTITEIT_* */
                        identiteitToken?: string;
                        /** Format: uri */
                        paginaUrl?: string;
                        /** @default nl */
                        taal: "nl" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ingelogd: boolean;
                            sessieId: string;
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/werktijd/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deadline in werktijd: begin plus een norm (ISO-duur) of plus werkdagen */
        get: {
            parameters: {
                query: {
                    /** @description Werktijd als ISO 8601-duur, bijv. PT1H of PT30M */
                    norm?: string;
                    /** @description Team met eigen openingstijden; anders die van het KCC */
                    team?: string;
                    /** @description Begin, ISO 8601 met tijdzone */
                    van: string;
                    werkdagen?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            deadline: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/werktijd/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Openingstijden en terugbeltermijn van een team */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        openingstijden: {
                            di: null | string;
                            do: null | string;
                            ma: null | string;
                            vr: null | string;
                            wo: null | string;
                            za: null | string;
                            zo: null | string;
                        } | null;
                        terugbeltermijnWerkdagen: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/zoeken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Zoek gesprekken (onderwerp en berichten) en partijen (naam); zonder zoekterm de recentste gesprekken in een status, zoals afgehandeld */
        get: {
            parameters: {
                query: {
                    limit: number;
                    q?: string;
                    status?: "open" | "toegewezen" | "wacht_op_klant" | "afgehandeld";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gesprekken: {
                                fragment: string | null;
                                id: string;
                                kanaal: string;
                                laatsteBerichtOp: string | null;
                                onderwerp: string | null;
                                status: string;
                            }[];
                            partijen: {
                                id: string;
                                soortPartij: string;
                                volledigeNaam: string;
                            }[] | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contactgegevens/api/v1/organisatie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** organisatie: lijst (Contactgegevens API) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** organisatie: alleen-lezen (schrijven via de Klantinteracties API) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contactgegevens/api/v1/organisatie/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** organisatie: opvragen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** organisatie: alleen-lezen (schrijven via de Klantinteracties API) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** organisatie: alleen-lezen (schrijven via de Klantinteracties API) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** organisatie: alleen-lezen (schrijven via de Klantinteracties API) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/contactgegevens/api/v1/persoon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** persoon: lijst (Contactgegevens API) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** persoon: alleen-lezen (schrijven via de Klantinteracties API) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contactgegevens/api/v1/persoon/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** persoon: opvragen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** persoon: alleen-lezen (schrijven via de Klantinteracties API) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** persoon: alleen-lezen (schrijven via de Klantinteracties API) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** persoon: alleen-lezen (schrijven via de Klantinteracties API) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leeft het proces? */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantinteracties/api/v1/actoren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Actor: lijst (VNG Klantinteracties) */
        get: {
            parameters: {
                query?: {
                    actoridentificatorCodeObjecttype?: string;
                    actoridentificatorCodeRegister?: string;
                    actoridentificatorCodeSoortObjectId?: string;
                    actoridentificatorObjectId?: string;
                    indicatieActief?: boolean;
                    naam?: string;
                    page?: number;
                    pageSize?: number;
                    soortActor?: "geautomatiseerde_actor" | "medewerker" | "organisatorische_eenheid";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Actor: aanmaken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actorIdentificatie?: {
                            emailadres?: "" | string;
                            faxnummer?: string;
                            functie?: string;
                            omschrijving?: string;
                            telefoonnummer?: string;
                        };
                        actoridentificator?: {
                            codeObjecttype?: string;
                            codeRegister?: string;
                            codeSoortObjectId?: string;
                            objectId?: string;
                        } | null;
                        indicatieActief?: boolean;
                        naam: string;
                        soortActor: "geautomatiseerde_actor" | "medewerker" | "organisatorische_eenheid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantinteracties/api/v1/actoren/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Actor: opvragen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Actor: vervangen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actorIdentificatie?: {
                            emailadres?: "" | string;
                            faxnummer?: string;
                            functie?: string;
                            omschrijving?: string;
                            telefoonnummer?: string;
                        };
                        actoridentificator?: {
                            codeObjecttype?: string;
                            codeRegister?: string;
                            codeSoortObjectId?: string;
                            objectId?: string;
                        } | null;
                        indicatieActief?: boolean;
                        naam: string;
                        soortActor: "geautomatiseerde_actor" | "medewerker" | "organisatorische_eenheid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Actor: verwijderen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Actor: deels wijzigen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actorIdentificatie?: {
                            emailadres?: "" | string;
                            faxnummer?: string;
                            functie?: string;
                            omschrijving?: string;
                            telefoonnummer?: string;
                        };
                        actoridentificator?: {
                            codeObjecttype?: string;
                            codeRegister?: string;
                            codeSoortObjectId?: string;
                            objectId?: string;
                        } | null;
                        indicatieActief?: boolean;
                        naam?: string;
                        soortActor?: "geautomatiseerde_actor" | "medewerker" | "organisatorische_eenheid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/klantinteracties/api/v1/actorklantcontacten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Actorklantcontact: lijst (VNG Klantinteracties) */
        get: {
            parameters: {
                query?: {
                    actor__url?: string;
                    actor__uuid?: string;
                    klantcontact__url?: string;
                    klantcontact__uuid?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Actorklantcontact: aanmaken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actor: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                        klantcontact: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantinteracties/api/v1/actorklantcontacten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Actorklantcontact: opvragen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Actorklantcontact: vervangen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actor: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                        klantcontact: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Actorklantcontact: verwijderen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Actorklantcontact: deels wijzigen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actor?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                        klantcontact?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/klantinteracties/api/v1/betrokkenen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Betrokkene: lijst (VNG Klantinteracties) */
        get: {
            parameters: {
                query?: {
                    contactnaamAchternaam?: string;
                    contactnaamVoorletters?: string;
                    contactnaamVoornaam?: string;
                    contactnaamVoorvoegselAchternaam?: string;
                    expand?: string;
                    hadKlantcontact__nummer?: string;
                    hadKlantcontact__referentienummer?: string;
                    hadKlantcontact__url?: string;
                    hadKlantcontact__uuid?: string;
                    organisatienaam?: string;
                    page?: number;
                    pageSize?: number;
                    verstrektedigitaalAdres__adres?: string;
                    verstrektedigitaalAdres__url?: string;
                    verstrektedigitaalAdres__uuid?: string;
                    wasPartij__nummer?: string;
                    wasPartij__partijIdentificator__codeObjecttype?: string;
                    wasPartij__partijIdentificator__codeRegister?: string;
                    wasPartij__partijIdentificator__codeSoortObjectId?: string;
                    wasPartij__partijIdentificator__objectId?: string;
                    wasPartij__url?: string;
                    wasPartij__uuid?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Betrokkene: aanmaken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bezoekadres?: {
                            adresregel1?: string;
                            adresregel2?: string;
                            adresregel3?: string;
                            huisnummer?: number | null;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        } | null;
                        contactnaam?: {
                            achternaam?: string;
                            voorletters?: string;
                            voornaam?: string;
                            voorvoegselAchternaam?: string;
                        } | null;
                        correspondentieadres?: {
                            adresregel1?: string;
                            adresregel2?: string;
                            adresregel3?: string;
                            huisnummer?: number | null;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        } | null;
                        hadKlantcontact: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                        initiator: boolean;
                        organisatienaam?: string;
                        rol: "vertegenwoordiger" | "klant";
                        wasPartij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantinteracties/api/v1/betrokkenen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Betrokkene: opvragen */
        get: {
            parameters: {
                query?: {
                    expand?: string;
                };
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Betrokkene: vervangen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bezoekadres?: {
                            adresregel1?: string;
                            adresregel2?: string;
                            adresregel3?: string;
                            huisnummer?: number | null;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        } | null;
                        contactnaam?: {
                            achternaam?: string;
                            voorletters?: string;
                            voornaam?: string;
                            voorvoegselAchternaam?: string;
                        } | null;
                        correspondentieadres?: {
                            adresregel1?: string;
                            adresregel2?: string;
                            adresregel3?: string;
                            huisnummer?: number | null;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        } | null;
                        hadKlantcontact: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                        initiator: boolean;
                        organisatienaam?: string;
                        rol: "vertegenwoordiger" | "klant";
                        wasPartij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Betrokkene: verwijderen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Betrokkene: deels wijzigen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bezoekadres?: {
                            adresregel1?: string;
                            adresregel2?: string;
                            adresregel3?: string;
                            huisnummer?: number | null;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        } | null;
                        contactnaam?: {
                            achternaam?: string;
                            voorletters?: string;
                            voornaam?: string;
                            voorvoegselAchternaam?: string;
                        } | null;
                        correspondentieadres?: {
                            adresregel1?: string;
                            adresregel2?: string;
                            adresregel3?: string;
                            huisnummer?: number | null;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        } | null;
                        hadKlantcontact?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                        initiator?: boolean;
                        organisatienaam?: string;
                        rol?: "vertegenwoordiger" | "klant";
                        wasPartij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/klantinteracties/api/v1/bijlagen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bijlage: lijst (VNG Klantinteracties) */
        get: {
            parameters: {
                query?: {
                    bijlageidentificatorCodeObjecttype?: string;
                    bijlageidentificatorCodeRegister?: string;
                    bijlageidentificatorCodeSoortObjectId?: string;
                    bijlageidentificatorObjectId?: string;
                    klantcontact__uuid?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Bijlage: aanmaken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bijlageidentificator?: {
                            codeObjecttype?: string;
                            codeRegister?: string;
                            codeSoortObjectId?: string;
                            objectId?: string;
                        } | null;
                        wasBijlageVanKlantcontact?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantinteracties/api/v1/bijlagen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bijlage: opvragen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Bijlage: vervangen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bijlageidentificator?: {
                            codeObjecttype?: string;
                            codeRegister?: string;
                            codeSoortObjectId?: string;
                            objectId?: string;
                        } | null;
                        wasBijlageVanKlantcontact?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Bijlage: verwijderen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Bijlage: deels wijzigen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bijlageidentificator?: {
                            codeObjecttype?: string;
                            codeRegister?: string;
                            codeSoortObjectId?: string;
                            objectId?: string;
                        } | null;
                        wasBijlageVanKlantcontact?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/klantinteracties/api/v1/categorie-relaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Categorie-relatie: lijst (VNG Klantinteracties) */
        get: {
            parameters: {
                query?: {
                    beginDatum?: string;
                    categorie__naam?: string;
                    categorie__url?: string;
                    categorie__uuid?: string;
                    eindDatum?: string;
                    page?: number;
                    pageSize?: number;
                    partij__nummer?: string;
                    partij__url?: string;
                    partij__uuid?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Categorie-relatie: aanmaken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        beginDatum?: string | null;
                        categorie?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        eindDatum?: string | null;
                        partij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantinteracties/api/v1/categorie-relaties/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Categorie-relatie: opvragen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Categorie-relatie: vervangen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        beginDatum?: string | null;
                        categorie?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        eindDatum?: string | null;
                        partij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Categorie-relatie: verwijderen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Categorie-relatie: deels wijzigen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        beginDatum?: string | null;
                        categorie?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        eindDatum?: string | null;
                        partij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/klantinteracties/api/v1/categorieen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Categorie: lijst (VNG Klantinteracties) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Categorie: aanmaken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        naam: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantinteracties/api/v1/categorieen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Categorie: opvragen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Categorie: vervangen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        naam: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Categorie: verwijderen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Categorie: deels wijzigen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        naam?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/klantinteracties/api/v1/digitaleadressen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Digitaal adres: lijst (VNG Klantinteracties) */
        get: {
            parameters: {
                query?: {
                    adres?: string;
                    adres__icontains?: string;
                    expand?: string;
                    isGeverifieerd?: boolean;
                    isStandaardAdres?: boolean;
                    omschrijving?: string;
                    page?: number;
                    pageSize?: number;
                    referentie?: string;
                    soortDigitaalAdres?: "email" | "overig" | "telefoonnummer";
                    verificatieDatum?: string;
                    verificatieDatum__gt?: string;
                    verificatieDatum__gte?: string;
                    verificatieDatum__lt?: string;
                    verificatieDatum__lte?: string;
                    verstrektDoorBetrokkene__rol?: "klant" | "vertegenwoordiger";
                    verstrektDoorBetrokkene__url?: string;
                    verstrektDoorBetrokkene__uuid?: string;
                    verstrektDoorPartij__partijIdentificator__codeObjecttype?: string;
                    verstrektDoorPartij__partijIdentificator__codeRegister?: string;
                    verstrektDoorPartij__partijIdentificator__codeSoortObjectId?: string;
                    verstrektDoorPartij__partijIdentificator__objectId?: string;
                    verstrektDoorPartij__soortPartij?: "contactpersoon" | "organisatie" | "persoon";
                    verstrektDoorPartij__url?: string;
                    verstrektDoorPartij__uuid?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Digitaal adres: aanmaken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        adres: string;
                        isStandaardAdres?: boolean;
                        omschrijving?: string;
                        referentie?: string;
                        soortDigitaalAdres: "email" | "overig" | "telefoonnummer";
                        verificatieDatum?: string | null;
                        verstrektDoorBetrokkene?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        verstrektDoorPartij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantinteracties/api/v1/digitaleadressen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Digitaal adres: opvragen */
        get: {
            parameters: {
                query?: {
                    expand?: string;
                };
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Digitaal adres: vervangen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        adres: string;
                        isStandaardAdres?: boolean;
                        omschrijving?: string;
                        referentie?: string;
                        soortDigitaalAdres: "email" | "overig" | "telefoonnummer";
                        verificatieDatum?: string | null;
                        verstrektDoorBetrokkene?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        verstrektDoorPartij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Digitaal adres: verwijderen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Digitaal adres: deels wijzigen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        adres?: string;
                        isStandaardAdres?: boolean;
                        omschrijving?: string;
                        referentie?: string;
                        soortDigitaalAdres?: "email" | "overig" | "telefoonnummer";
                        verificatieDatum?: string | null;
                        verstrektDoorBetrokkene?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        verstrektDoorPartij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/klantinteracties/api/v1/internetaken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Interne taak: lijst (VNG Klantinteracties) */
        get: {
            parameters: {
                query?: {
                    aanleidinggevendKlantcontact__url?: string;
                    aanleidinggevendKlantcontact__uuid?: string;
                    actoren__naam?: string;
                    klantcontact__nummer?: string;
                    klantcontact__referentienummer?: string;
                    klantcontact__uuid?: string;
                    nummer?: string;
                    page?: number;
                    pageSize?: number;
                    referentienummer?: string;
                    status?: "te_verwerken" | "verwerkt";
                    toegewezenAanActor__url?: string;
                    toegewezenAanActor__uuid?: string;
                    toegewezenOp?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Interne taak: aanmaken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        aanleidinggevendKlantcontact: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                        afgehandeldOp?: string | null;
                        gevraagdeHandeling: string;
                        nummer?: string | null;
                        referentienummer?: string | null;
                        status: "te_verwerken" | "verwerkt";
                        toegewezenAanActor?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                        toegewezenAanActoren?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        }[];
                        toelichting?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantinteracties/api/v1/internetaken/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Interne taak: opvragen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Interne taak: vervangen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        aanleidinggevendKlantcontact: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                        afgehandeldOp?: string | null;
                        gevraagdeHandeling: string;
                        nummer?: string | null;
                        referentienummer?: string | null;
                        status: "te_verwerken" | "verwerkt";
                        toegewezenAanActor?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                        toegewezenAanActoren?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        }[];
                        toelichting?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Interne taak: verwijderen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Interne taak: deels wijzigen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        aanleidinggevendKlantcontact?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                        afgehandeldOp?: string | null;
                        gevraagdeHandeling?: string;
                        nummer?: string | null;
                        referentienummer?: string | null;
                        status?: "te_verwerken" | "verwerkt";
                        toegewezenAanActor?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                        toegewezenAanActoren?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        }[];
                        toelichting?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/klantinteracties/api/v1/klantcontacten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Klantcontact: lijst (VNG Klantinteracties) */
        get: {
            parameters: {
                query?: {
                    expand?: string;
                    hadBetrokkene__digitaaladres__adres__icontains?: string;
                    hadBetrokkene__url?: string;
                    hadBetrokkene__uuid?: string;
                    hadBetrokkene__wasPartij?: boolean;
                    hadBetrokkene__wasPartij__partijIdentificator__codeObjecttype?: string;
                    hadBetrokkene__wasPartij__partijIdentificator__codeRegister?: string;
                    hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId?: string;
                    hadBetrokkene__wasPartij__partijIdentificator__objectId?: string;
                    hadBetrokkene__wasPartij__url?: string;
                    hadBetrokkene__wasPartij__uuid?: string;
                    indicatieContactGelukt?: boolean;
                    inhoud?: string;
                    kanaal?: string;
                    leiddeTotInterneTaken?: string;
                    nummer?: string;
                    onderwerp?: string;
                    onderwerpobject__onderwerpobjectidentificatorCodeObjecttype?: string;
                    onderwerpobject__onderwerpobjectidentificatorCodeRegister?: string;
                    onderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId?: string;
                    onderwerpobject__onderwerpobjectidentificatorObjectId?: string;
                    onderwerpobject__url?: string;
                    onderwerpobject__uuid?: string;
                    page?: number;
                    pageSize?: number;
                    plaatsgevondenOp?: string;
                    reactie?: string;
                    referentienummer?: string;
                    vertrouwelijk?: boolean;
                    wasOnderwerpobject__onderwerpobjectidentificatorCodeObjecttype?: string;
                    wasOnderwerpobject__onderwerpobjectidentificatorCodeRegister?: string;
                    wasOnderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId?: string;
                    wasOnderwerpobject__onderwerpobjectidentificatorObjectId?: string;
                    wasOnderwerpobject__url?: string;
                    wasOnderwerpobject__uuid?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Klantcontact: aanmaken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hoofdOnderwerpType?: "" | string;
                        indicatieContactGelukt?: boolean | null;
                        inhoud?: string;
                        kanaal: string;
                        metadata?: {
                            [key: string]: string;
                        };
                        nummer?: string | null;
                        onderwerp: string;
                        /** Format: date-time */
                        plaatsgevondenOp?: string;
                        reactie?: string;
                        referentienummer?: string | null;
                        taal: string;
                        verdereActieOndernomen?: boolean;
                        vertrouwelijk: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantinteracties/api/v1/klantcontacten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Klantcontact: opvragen */
        get: {
            parameters: {
                query?: {
                    expand?: string;
                };
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Klantcontact: vervangen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hoofdOnderwerpType?: "" | string;
                        indicatieContactGelukt?: boolean | null;
                        inhoud?: string;
                        kanaal: string;
                        metadata?: {
                            [key: string]: string;
                        };
                        nummer?: string | null;
                        onderwerp: string;
                        /** Format: date-time */
                        plaatsgevondenOp?: string;
                        reactie?: string;
                        referentienummer?: string | null;
                        taal: string;
                        verdereActieOndernomen?: boolean;
                        vertrouwelijk: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Klantcontact: verwijderen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Klantcontact: deels wijzigen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hoofdOnderwerpType?: "" | string;
                        indicatieContactGelukt?: boolean | null;
                        inhoud?: string;
                        kanaal?: string;
                        metadata?: {
                            [key: string]: string;
                        };
                        nummer?: string | null;
                        onderwerp?: string;
                        /** Format: date-time */
                        plaatsgevondenOp?: string;
                        reactie?: string;
                        referentienummer?: string | null;
                        taal?: string;
                        verdereActieOndernomen?: boolean;
                        vertrouwelijk?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/klantinteracties/api/v1/maak-klantcontact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Klantcontact met betrokkene en onderwerpobject in één keer registreren */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        betrokkene?: {
                            bezoekadres?: {
                                adresregel1?: string;
                                adresregel2?: string;
                                adresregel3?: string;
                                huisnummer?: number | null;
                                huisnummertoevoeging?: string;
                                land?: string;
                                nummeraanduidingId?: string;
                                postcode?: string;
                                stad?: string;
                                straatnaam?: string;
                            } | null;
                            contactnaam?: {
                                achternaam?: string;
                                voorletters?: string;
                                voornaam?: string;
                                voorvoegselAchternaam?: string;
                            } | null;
                            correspondentieadres?: {
                                adresregel1?: string;
                                adresregel2?: string;
                                adresregel3?: string;
                                huisnummer?: number | null;
                                huisnummertoevoeging?: string;
                                land?: string;
                                nummeraanduidingId?: string;
                                postcode?: string;
                                stad?: string;
                                straatnaam?: string;
                            } | null;
                            initiator: boolean;
                            organisatienaam?: string;
                            rol: "vertegenwoordiger" | "klant";
                            wasPartij?: {
                                url?: string;
                                /** Format: uuid */
                                uuid: string;
                            } | null;
                        };
                        klantcontact: {
                            hoofdOnderwerpType?: "" | string;
                            indicatieContactGelukt?: boolean | null;
                            inhoud?: string;
                            kanaal: string;
                            metadata?: {
                                [key: string]: string;
                            };
                            nummer?: string | null;
                            onderwerp: string;
                            /** Format: date-time */
                            plaatsgevondenOp?: string;
                            reactie?: string;
                            referentienummer?: string | null;
                            taal: string;
                            verdereActieOndernomen?: boolean;
                            vertrouwelijk: boolean;
                        };
                        onderwerpobject?: {
                            onderwerpobjectidentificator?: {
                                codeObjecttype?: string;
                                codeRegister?: string;
                                codeSoortObjectId?: string;
                                objectId?: string;
                            } | null;
                            wasKlantcontact?: {
                                url?: string;
                                /** Format: uuid */
                                uuid: string;
                            } | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantinteracties/api/v1/onderwerpobjecten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Onderwerpobject: lijst (VNG Klantinteracties) */
        get: {
            parameters: {
                query?: {
                    klantcontact__url?: string;
                    klantcontact__uuid?: string;
                    onderwerpobjectidentificatorCodeObjecttype?: string;
                    onderwerpobjectidentificatorCodeRegister?: string;
                    onderwerpobjectidentificatorCodeSoortObjectId?: string;
                    onderwerpobjectidentificatorObjectId?: string;
                    page?: number;
                    pageSize?: number;
                    wasKlantcontact__url?: string;
                    wasKlantcontact__uuid?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Onderwerpobject: aanmaken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        klantcontact?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        onderwerpobjectidentificator?: {
                            codeObjecttype?: string;
                            codeRegister?: string;
                            codeSoortObjectId?: string;
                            objectId?: string;
                        } | null;
                        wasKlantcontact?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantinteracties/api/v1/onderwerpobjecten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Onderwerpobject: opvragen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Onderwerpobject: vervangen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        klantcontact?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        onderwerpobjectidentificator?: {
                            codeObjecttype?: string;
                            codeRegister?: string;
                            codeSoortObjectId?: string;
                            objectId?: string;
                        } | null;
                        wasKlantcontact?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Onderwerpobject: verwijderen */
        delete: {
            parameters: {
                query: {
                    cascade: boolean;
                };
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Onderwerpobject: deels wijzigen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        klantcontact?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        onderwerpobjectidentificator?: {
                            codeObjecttype?: string;
                            codeRegister?: string;
                            codeSoortObjectId?: string;
                            objectId?: string;
                        } | null;
                        wasKlantcontact?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/klantinteracties/api/v1/partij-identificatoren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partij-identificator: lijst (VNG Klantinteracties) */
        get: {
            parameters: {
                query?: {
                    anderePartijIdentificator?: string;
                    page?: number;
                    pageSize?: number;
                    partijIdentificatorCodeObjecttype?: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
                    partijIdentificatorCodeRegister?: "brp" | "hr";
                    partijIdentificatorCodeSoortObjectId?: "bsn" | "vestigingsnummer" | "kvk_nummer" | "rsin";
                    partijIdentificatorObjectId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Partij-identificator: aanmaken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        anderePartijIdentificator?: string;
                        identificeerdePartij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        partijIdentificator: {
                            codeObjecttype: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
                            codeRegister: "brp" | "hr";
                            codeSoortObjectId: "bsn" | "vestigingsnummer" | "kvk_nummer" | "rsin";
                            objectId: string;
                        };
                        subIdentificatorVan?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantinteracties/api/v1/partij-identificatoren/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partij-identificator: opvragen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Partij-identificator: vervangen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        anderePartijIdentificator?: string;
                        identificeerdePartij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        partijIdentificator: {
                            codeObjecttype: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
                            codeRegister: "brp" | "hr";
                            codeSoortObjectId: "bsn" | "vestigingsnummer" | "kvk_nummer" | "rsin";
                            objectId: string;
                        };
                        subIdentificatorVan?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Partij-identificator: verwijderen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Partij-identificator: deels wijzigen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        anderePartijIdentificator?: string;
                        identificeerdePartij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        partijIdentificator?: {
                            codeObjecttype: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
                            codeRegister: "brp" | "hr";
                            codeSoortObjectId: "bsn" | "vestigingsnummer" | "kvk_nummer" | "rsin";
                            objectId: string;
                        };
                        subIdentificatorVan?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/klantinteracties/api/v1/partijen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partij: lijst (VNG Klantinteracties) */
        get: {
            parameters: {
                query?: {
                    bezoekadresAdresregel1?: string;
                    bezoekadresAdresregel2?: string;
                    bezoekadresAdresregel3?: string;
                    bezoekadresLand?: string;
                    bezoekadresNummeraanduidingId?: string;
                    categorierelatie__categorie__naam?: string;
                    correspondentieadresAdresregel1?: string;
                    correspondentieadresAdresregel2?: string;
                    correspondentieadresAdresregel3?: string;
                    correspondentieadresLand?: string;
                    correspondentieadresNummeraanduidingId?: string;
                    expand?: string;
                    indicatieActief?: boolean;
                    indicatieGeheimhouding?: boolean;
                    nummer?: string;
                    page?: number;
                    pageSize?: number;
                    partijIdentificator__codeObjecttype?: string;
                    partijIdentificator__codeRegister?: string;
                    partijIdentificator__codeSoortObjectId?: string;
                    partijIdentificator__objectId?: string;
                    soortPartij?: "contactpersoon" | "organisatie" | "persoon";
                    subIdentificatorVan__codeObjecttype?: string;
                    subIdentificatorVan__codeRegister?: string;
                    subIdentificatorVan__codeSoortObjectId?: string;
                    subIdentificatorVan__objectId?: string;
                    vertegenwoordigdePartij__url?: string;
                    vertegenwoordigdePartij__uuid?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Partij: aanmaken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bezoekadres?: {
                            adresregel1?: string;
                            adresregel2?: string;
                            adresregel3?: string;
                            huisnummer?: number | null;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        } | null;
                        correspondentieadres?: {
                            adresregel1?: string;
                            adresregel2?: string;
                            adresregel3?: string;
                            huisnummer?: number | null;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        } | null;
                        digitaleAdressen?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        }[] | null;
                        indicatieActief: boolean;
                        indicatieGeheimhouding?: boolean | null;
                        interneNotitie?: string;
                        nummer?: string | null;
                        partijIdentificatie?: {
                            contactnaam?: {
                                achternaam?: string;
                                voorletters?: string;
                                voornaam?: string;
                                voorvoegselAchternaam?: string;
                            } | null;
                            naam?: string;
                            werkteVoorPartij?: {
                                url?: string;
                                /** Format: uuid */
                                uuid: string;
                            } | null;
                        };
                        partijIdentificatoren?: {
                            anderePartijIdentificator?: string;
                            identificeerdePartij?: {
                                url?: string;
                                /** Format: uuid */
                                uuid: string;
                            } | null;
                            partijIdentificator: {
                                codeObjecttype: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
                                codeRegister: "brp" | "hr";
                                codeSoortObjectId: "bsn" | "vestigingsnummer" | "kvk_nummer" | "rsin";
                                objectId: string;
                            };
                            subIdentificatorVan?: {
                                url?: string;
                                /** Format: uuid */
                                uuid: string;
                            } | null;
                            /** Format: uuid */
                            uuid?: string;
                        }[] | null;
                        rekeningnummers?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        }[] | null;
                        soortPartij: "contactpersoon" | "organisatie" | "persoon";
                        voorkeursDigitaalAdres?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        voorkeursRekeningnummer?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        voorkeurstaal?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantinteracties/api/v1/partijen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partij: opvragen */
        get: {
            parameters: {
                query?: {
                    expand?: string;
                };
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Partij: vervangen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bezoekadres?: {
                            adresregel1?: string;
                            adresregel2?: string;
                            adresregel3?: string;
                            huisnummer?: number | null;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        } | null;
                        correspondentieadres?: {
                            adresregel1?: string;
                            adresregel2?: string;
                            adresregel3?: string;
                            huisnummer?: number | null;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        } | null;
                        digitaleAdressen?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        }[] | null;
                        indicatieActief: boolean;
                        indicatieGeheimhouding?: boolean | null;
                        interneNotitie?: string;
                        nummer?: string | null;
                        partijIdentificatie?: {
                            contactnaam?: {
                                achternaam?: string;
                                voorletters?: string;
                                voornaam?: string;
                                voorvoegselAchternaam?: string;
                            } | null;
                            naam?: string;
                            werkteVoorPartij?: {
                                url?: string;
                                /** Format: uuid */
                                uuid: string;
                            } | null;
                        };
                        partijIdentificatoren?: {
                            anderePartijIdentificator?: string;
                            identificeerdePartij?: {
                                url?: string;
                                /** Format: uuid */
                                uuid: string;
                            } | null;
                            partijIdentificator: {
                                codeObjecttype: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
                                codeRegister: "brp" | "hr";
                                codeSoortObjectId: "bsn" | "vestigingsnummer" | "kvk_nummer" | "rsin";
                                objectId: string;
                            };
                            subIdentificatorVan?: {
                                url?: string;
                                /** Format: uuid */
                                uuid: string;
                            } | null;
                            /** Format: uuid */
                            uuid?: string;
                        }[] | null;
                        rekeningnummers?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        }[] | null;
                        soortPartij: "contactpersoon" | "organisatie" | "persoon";
                        voorkeursDigitaalAdres?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        voorkeursRekeningnummer?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        voorkeurstaal?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Partij: verwijderen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Partij: deels wijzigen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bezoekadres?: {
                            adresregel1?: string;
                            adresregel2?: string;
                            adresregel3?: string;
                            huisnummer?: number | null;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        } | null;
                        correspondentieadres?: {
                            adresregel1?: string;
                            adresregel2?: string;
                            adresregel3?: string;
                            huisnummer?: number | null;
                            huisnummertoevoeging?: string;
                            land?: string;
                            nummeraanduidingId?: string;
                            postcode?: string;
                            stad?: string;
                            straatnaam?: string;
                        } | null;
                        digitaleAdressen?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        }[] | null;
                        indicatieActief?: boolean;
                        indicatieGeheimhouding?: boolean | null;
                        interneNotitie?: string;
                        nummer?: string | null;
                        partijIdentificatie?: {
                            contactnaam?: {
                                achternaam?: string;
                                voorletters?: string;
                                voornaam?: string;
                                voorvoegselAchternaam?: string;
                            } | null;
                            naam?: string;
                            werkteVoorPartij?: {
                                url?: string;
                                /** Format: uuid */
                                uuid: string;
                            } | null;
                        };
                        partijIdentificatoren?: {
                            anderePartijIdentificator?: string;
                            identificeerdePartij?: {
                                url?: string;
                                /** Format: uuid */
                                uuid: string;
                            } | null;
                            partijIdentificator: {
                                codeObjecttype: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
                                codeRegister: "brp" | "hr";
                                codeSoortObjectId: "bsn" | "vestigingsnummer" | "kvk_nummer" | "rsin";
                                objectId: string;
                            };
                            subIdentificatorVan?: {
                                url?: string;
                                /** Format: uuid */
                                uuid: string;
                            } | null;
                            /** Format: uuid */
                            uuid?: string;
                        }[] | null;
                        rekeningnummers?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        }[] | null;
                        soortPartij?: "contactpersoon" | "organisatie" | "persoon";
                        voorkeursDigitaalAdres?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        voorkeursRekeningnummer?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                        voorkeurstaal?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/klantinteracties/api/v1/rekeningnummers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rekeningnummer: lijst (VNG Klantinteracties) */
        get: {
            parameters: {
                query?: {
                    bic?: string;
                    iban?: string;
                    page?: number;
                    pageSize?: number;
                    uuid?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Rekeningnummer: aanmaken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bic?: string;
                        iban: string;
                        partij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantinteracties/api/v1/rekeningnummers/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rekeningnummer: opvragen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Rekeningnummer: vervangen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bic?: string;
                        iban: string;
                        partij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Rekeningnummer: verwijderen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Rekeningnummer: deels wijzigen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bic?: string;
                        iban?: string;
                        partij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/klantinteracties/api/v1/vertegenwoordigingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vertegenwoordiging: lijst (VNG Klantinteracties) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    vertegenwoordigdePartij__url?: string;
                    vertegenwoordigdePartij__uuid?: string;
                    vertegenwoordigendePartij__url?: string;
                    vertegenwoordigendePartij__uuid?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Vertegenwoordiging: aanmaken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        vertegenwoordigdePartij: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                        vertegenwoordigendePartij: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantinteracties/api/v1/vertegenwoordigingen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vertegenwoordiging: opvragen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Vertegenwoordiging: vervangen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        vertegenwoordigdePartij: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                        vertegenwoordigendePartij: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Vertegenwoordiging: verwijderen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Vertegenwoordiging: deels wijzigen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uuid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        vertegenwoordigdePartij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                        vertegenwoordigendePartij?: {
                            url?: string;
                            /** Format: uuid */
                            uuid: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kan Loket verzoeken afhandelen (database bereikbaar)? */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: string;
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: string;
                            status: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

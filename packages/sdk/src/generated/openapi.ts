// Generated from /openapi.json by openapi-typescript (test/sdk/generated-types.test.ts). Do not edit:
// change the zod contracts, then run `npx vitest run test/sdk/generated-types.test.ts -u`.

export interface paths {
    "/api/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending agent actions in every approval project you may see, soonest deadline first
         * @description **Who may call:** Any signed-in user.
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
                /** @description Pending agent actions, soonest deadline first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "approvals": [
                         *         {
                         *           "project": {
                         *             "id": 3,
                         *             "slug": "agent",
                         *             "name": "Support agent"
                         *           },
                         *           "item": {
                         *             "id": 90,
                         *             "externalId": "refund-17",
                         *             "data": {
                         *               "action": {
                         *                 "tool": "issue_refund",
                         *                 "arguments": {
                         *                   "orderId": "A-17",
                         *                   "amount": 40
                         *                 }
                         *               }
                         *             },
                         *             "status": "queued",
                         *             "createdAt": "2026-11-21T09:30:00.000Z",
                         *             "deadlineAt": "2026-11-21T09:35:00.000Z"
                         *           }
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            approvals: {
                                item: {
                                    createdAt: string;
                                    data: {
                                        [key: string]: unknown;
                                    };
                                    /** @description When the default outcome applies */
                                    deadlineAt: string | null;
                                    externalId: string | null;
                                    id: number;
                                    status: string;
                                };
                                project: {
                                    id: number;
                                    name: string;
                                    slug: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit records, newest first, filtered by project, actor, action, target and time
         * @description **Who may call:** Signed-in admin.
         */
        get: {
            parameters: {
                query?: {
                    /** @description e.g. policy.set, token.revoked */
                    action?: string;
                    /** @description User id of who did it */
                    actor?: number;
                    /** @description nextCursor from the previous page */
                    cursor?: string;
                    limit?: number;
                    /** @description Project id or slug */
                    project?: string;
                    /** @description ISO time, inclusive */
                    since?: string;
                    /** @description e.g. item:42, user:7 */
                    target?: string;
                    /** @description ISO time, exclusive */
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Audit records, newest first, and the cursor of the next page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "records": [
                         *         {
                         *           "id": 120,
                         *           "seq": 119,
                         *           "createdAt": "2026-11-21T09:30:00.000Z",
                         *           "actor": {
                         *             "id": 1,
                         *             "username": "admin"
                         *           },
                         *           "action": "policy.set",
                         *           "project": {
                         *             "id": 1,
                         *             "slug": "spam-triage"
                         *           },
                         *           "target": "policy:2",
                         *           "details": {
                         *             "version": 2
                         *           },
                         *           "hash": "9f2c4b7d0a1e8c3f5b6d2e4a7c9f1b3d5e7a9c1f3b5d7e9a1c3f5b7d9e1a3c5f"
                         *         }
                         *       ],
                         *       "nextCursor": null
                         *     }
                         */
                        "application/json": {
                            nextCursor: string | null;
                            /** @description Newest first */
                            records: {
                                action: string;
                                /** @description null: Tandem itself */
                                actor: {
                                    id: number;
                                    username: string;
                                } | null;
                                createdAt: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                hash: string | null;
                                id: number;
                                project: {
                                    id: number;
                                    slug: string;
                                } | null;
                                /** @description Position in the hash chain; null until sealed (seconds) */
                                seq: number | null;
                                target: string | null;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the hash chain of the whole audit log; names the first broken record
         * @description **Who may call:** Signed-in admin.
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
                /** @description Whether the chain is intact, and its head hash */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "ok": true,
                         *       "checked": 120,
                         *       "unsealed": 0,
                         *       "firstBroken": null,
                         *       "head": {
                         *         "seq": 119,
                         *         "hash": "9f2c4b7d0a1e8c3f5b6d2e4a7c9f1b3d5e7a9c1f3b5d7e9a1c3f5b7d9e1a3c5f"
                         *       }
                         *     }
                         */
                        "application/json": {
                            checked: number;
                            firstBroken: {
                                id: number | null;
                                reason: string;
                                seq: number;
                            } | null;
                            head: {
                                hash: string;
                                seq: number;
                            } | null;
                            ok: boolean;
                            unsealed: number;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/export-formats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The export formats: name, description, media type and file extension
         * @description **Who may call:** Any signed-in user.
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
                /** @description Every export format of the registry */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "formats": [
                         *         {
                         *           "name": "coco",
                         *           "description": "COCO detection JSON (images, annotations in pixels, categories) from a bbox question",
                         *           "contentType": "application/json; charset=utf-8",
                         *           "extension": "json"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            formats: {
                                contentType: string;
                                description: string;
                                extension: string;
                                name: string;
                            }[];
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
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Background jobs, newest first, filtered by state and type
         * @description **Who may call:** Signed-in admin.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Jobs with a smaller id than this (the previous page’s nextBefore) */
                    before?: string;
                    limit?: string;
                    /** @description queued, running, done, failed or cancelled */
                    state?: "queued" | "running" | "done" | "failed" | "cancelled";
                    /** @description A job kind, e.g. webhook.deliver */
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Jobs newest first, and the id to pass as ?before= for the next page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "jobs": [
                         *         {
                         *           "id": 812,
                         *           "type": "webhook.deliver",
                         *           "key": "webhook:3",
                         *           "projectId": 1,
                         *           "payload": {
                         *             "deliveryId": 4410
                         *           },
                         *           "state": "failed",
                         *           "runAt": "2026-11-21T09:41:12.000Z",
                         *           "attempts": 12,
                         *           "lastError": "HTTP 503",
                         *           "createdAt": "2026-11-21T08:30:00.000Z",
                         *           "startedAt": "2026-11-21T09:41:12.050Z",
                         *           "finishedAt": "2026-11-21T09:41:22.060Z"
                         *         }
                         *       ],
                         *       "nextBefore": null
                         *     }
                         */
                        "application/json": {
                            /** @description Newest first */
                            jobs: {
                                attempts: number;
                                createdAt: string;
                                finishedAt: string | null;
                                id: number;
                                /** @description Jobs sharing a key run one at a time (e.g. one webhook endpoint) */
                                key: string | null;
                                /** @description Why the last attempt failed */
                                lastError: string | null;
                                payload: unknown;
                                projectId: number | null;
                                /** @description When it is (or was) due */
                                runAt: string;
                                startedAt: string | null;
                                /** @enum {string} */
                                state: "queued" | "running" | "done" | "failed" | "cancelled";
                                type: string;
                            }[];
                            /** @description Pass as ?before= for the next page */
                            nextBefore: number | null;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/jobs/{jobId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a failed job again, due now
         * @description **Who may call:** Signed-in admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jobId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The job, queued again and due now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": 812,
                         *       "type": "webhook.deliver",
                         *       "key": "webhook:3",
                         *       "projectId": 1,
                         *       "payload": {
                         *         "deliveryId": 4410
                         *       },
                         *       "state": "queued",
                         *       "runAt": "2026-11-21T09:41:12.000Z",
                         *       "attempts": 0,
                         *       "lastError": "HTTP 503",
                         *       "createdAt": "2026-11-21T08:30:00.000Z",
                         *       "startedAt": "2026-11-21T09:41:12.050Z",
                         *       "finishedAt": null
                         *     }
                         */
                        "application/json": {
                            attempts: number;
                            createdAt: string;
                            finishedAt: string | null;
                            id: number;
                            /** @description Jobs sharing a key run one at a time (e.g. one webhook endpoint) */
                            key: string | null;
                            /** @description Why the last attempt failed */
                            lastError: string | null;
                            payload: unknown;
                            projectId: number | null;
                            /** @description When it is (or was) due */
                            runAt: string;
                            startedAt: string | null;
                            /** @enum {string} */
                            state: "queued" | "running" | "done" | "failed" | "cancelled";
                            type: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/jobs/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per job type: queued, due, running, failed, and how long the oldest due job has waited
         * @description **Who may call:** Signed-in admin.
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
                /** @description Job counts and the oldest due age per type */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "types": [
                         *         {
                         *           "type": "approvals.timeouts",
                         *           "queued": 1,
                         *           "due": 0,
                         *           "running": 0,
                         *           "failed": 0,
                         *           "oldestDueAgeSeconds": null
                         *         },
                         *         {
                         *           "type": "webhook.deliver",
                         *           "queued": 42,
                         *           "due": 40,
                         *           "running": 2,
                         *           "failed": 1,
                         *           "oldestDueAgeSeconds": 3.2
                         *         }
                         *       ],
                         *       "total": {
                         *         "queued": 43,
                         *         "due": 40,
                         *         "running": 2,
                         *         "failed": 1,
                         *         "oldestDueAgeSeconds": 3.2
                         *       }
                         *     }
                         */
                        "application/json": {
                            total: {
                                /** @description Queued and due now: the backlog */
                                due: number;
                                /** @description Failed for good (retry them with POST …/retry) */
                                failed: number;
                                /** @description How long the oldest due job has waited */
                                oldestDueAgeSeconds: number | null;
                                /** @description Waiting, due or scheduled */
                                queued: number;
                                running: number;
                            };
                            types: {
                                /** @description Queued and due now: the backlog */
                                due: number;
                                /** @description Failed for good (retry them with POST …/retry) */
                                failed: number;
                                /** @description How long the oldest due job has waited */
                                oldestDueAgeSeconds: number | null;
                                /** @description Waiting, due or scheduled */
                                queued: number;
                                running: number;
                                type: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description **Who may call:** Any signed-in user.
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
                /** @description You */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": 2,
                         *       "username": "ada",
                         *       "displayName": "Ada",
                         *       "role": "annotator",
                         *       "active": true,
                         *       "createdAt": "2026-11-21T09:30:00.000Z"
                         *     }
                         */
                        "application/json": {
                            active: boolean;
                            createdAt: string;
                            displayName: string;
                            id: number;
                            /** @enum {string} */
                            role: "annotator" | "reviewer" | "expert" | "viewer" | "engineer" | "manager" | "admin";
                            username: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tasks you hold now
         * @description **Who may call:** Any signed-in user.
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
                /** @description The tasks you hold, oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "tasks": [
                         *         {
                         *           "id": 31,
                         *           "projectId": 1,
                         *           "itemId": 42,
                         *           "phase": "review",
                         *           "role": "annotator",
                         *           "leaseExpiresAt": "2026-11-21T09:40:00.000Z"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            tasks: {
                                id: number;
                                itemId: number;
                                /** @description Heartbeat before this to keep the task */
                                leaseExpiresAt: string;
                                /** @enum {string} */
                                phase: "review" | "adjudication";
                                projectId: number;
                                role: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the projects you may see, with item counts (archived ones with ?archived=true)
         * @description **Who may call:** Any signed-in user.
         */
        get: {
            parameters: {
                query?: {
                    /** @description true: list archived projects too */
                    archived?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The projects you may see, each with its item counts per status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "projects": [
                         *         {
                         *           "id": 1,
                         *           "slug": "spam-triage",
                         *           "name": "Spam triage",
                         *           "description": "Is this email spam?",
                         *           "createdAt": "2026-11-21T09:30:00.000Z",
                         *           "updatedAt": "2026-11-21T09:30:00.000Z",
                         *           "archivedAt": null,
                         *           "itemCounts": {
                         *             "queued": 120,
                         *             "decided": 280
                         *           }
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            projects: {
                                /** @description Set while archived: read-only, out of lists and queues */
                                archivedAt: string | null;
                                createdAt: string;
                                description: string;
                                id: number;
                                /** @description Items per status */
                                itemCounts: {
                                    [key: string]: number;
                                };
                                name: string;
                                slug: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a project with guidelines and a label schema
         * @description **Who may call:** Signed-in admin or manager.
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
                    /**
                     * @example {
                     *       "name": "Spam triage",
                     *       "slug": "spam-triage",
                     *       "guidelines": "# Spam\nMark unsolicited bulk mail as spam.",
                     *       "labelSchema": {
                     *         "questions": [
                     *           {
                     *             "name": "verdict",
                     *             "type": "single_choice",
                     *             "title": "Is this mail spam?",
                     *             "required": true,
                     *             "options": [
                     *               {
                     *                 "value": "spam",
                     *                 "label": "Spam",
                     *                 "hotkey": "1"
                     *               },
                     *               {
                     *                 "value": "ham",
                     *                 "label": "Not spam",
                     *                 "hotkey": "2"
                     *               }
                     *             ]
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        description?: string;
                        /** @description Markdown shown beside every item */
                        guidelines?: string;
                        /** @description The questions; or send labelStudioConfig instead */
                        labelSchema?: {
                            questions: ({
                                description?: string;
                                name: string;
                                options: {
                                    hotkey?: string;
                                    label?: string;
                                    value: string;
                                }[];
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "single_choice";
                            } | {
                                description?: string;
                                maxSelected?: number;
                                minSelected?: number;
                                name: string;
                                options: {
                                    hotkey?: string;
                                    label?: string;
                                    value: string;
                                }[];
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "multi_choice";
                            } | {
                                description?: string;
                                labels?: {
                                    [key: string]: string;
                                };
                                max: number;
                                min: number;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                /** @default 1 */
                                step?: number;
                                title?: string;
                                /** @enum {string} */
                                type: "rating";
                            } | {
                                criteria: {
                                    description?: string;
                                    labels?: {
                                        [key: string]: string;
                                    };
                                    max: number;
                                    min: number;
                                    name: string;
                                    title?: string;
                                }[];
                                description?: string;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "rubric";
                            } | {
                                /** @default true */
                                allowOverlap?: boolean;
                                description?: string;
                                field: string;
                                labels: {
                                    hotkey?: string;
                                    label?: string;
                                    value: string;
                                }[];
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "spans";
                            } | {
                                /** @default true */
                                allowTie?: boolean;
                                description?: string;
                                fields: [
                                    string,
                                    string
                                ];
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "pairwise";
                            } | {
                                description?: string;
                                field: string;
                                minCandidates?: number;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "ranking";
                            } | {
                                description?: string;
                                field?: string;
                                /** @default 100000 */
                                maxLength?: number;
                                minLength?: number;
                                /** @default true */
                                multiline?: boolean;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "text";
                            } | {
                                description?: string;
                                field: string;
                                labels: {
                                    hotkey?: string;
                                    label?: string;
                                    value: string;
                                }[];
                                maxBoxes?: number;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "bbox";
                            } | {
                                /** @default true */
                                allowEdit?: boolean;
                                description?: string;
                                /** @default action */
                                field?: string;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                /** @default true */
                                requireReason?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "approval";
                            })[];
                        };
                        /** @description A Label Studio labeling config (XML), converted into the label schema */
                        labelStudioConfig?: string;
                        name: string;
                        /** @description URL name; derived from the name when omitted */
                        slug?: string;
                    };
                };
            };
            responses: {
                /** @description The project as created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Set while archived: read-only, out of lists and queues */
                            archivedAt: string | null;
                            createdAt: string;
                            description: string;
                            guidelines: string;
                            id: number;
                            labelSchema: {
                                questions: ({
                                    description?: string;
                                    name: string;
                                    options: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "single_choice";
                                } | {
                                    description?: string;
                                    maxSelected?: number;
                                    minSelected?: number;
                                    name: string;
                                    options: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "multi_choice";
                                } | {
                                    description?: string;
                                    labels?: {
                                        [key: string]: string;
                                    };
                                    max: number;
                                    min: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    /** @default 1 */
                                    step: number;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "rating";
                                } | {
                                    criteria: {
                                        description?: string;
                                        labels?: {
                                            [key: string]: string;
                                        };
                                        max: number;
                                        min: number;
                                        name: string;
                                        title?: string;
                                    }[];
                                    description?: string;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "rubric";
                                } | {
                                    /** @default true */
                                    allowOverlap: boolean;
                                    description?: string;
                                    field: string;
                                    labels: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "spans";
                                } | {
                                    /** @default true */
                                    allowTie: boolean;
                                    description?: string;
                                    fields: [
                                        string,
                                        string
                                    ];
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "pairwise";
                                } | {
                                    description?: string;
                                    field: string;
                                    minCandidates?: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "ranking";
                                } | {
                                    description?: string;
                                    field?: string;
                                    /** @default 100000 */
                                    maxLength: number;
                                    minLength?: number;
                                    /** @default true */
                                    multiline: boolean;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "text";
                                } | {
                                    description?: string;
                                    field: string;
                                    labels: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    maxBoxes?: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "bbox";
                                } | {
                                    /** @default true */
                                    allowEdit: boolean;
                                    description?: string;
                                    /** @default action */
                                    field: string;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    /** @default true */
                                    requireReason: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "approval";
                                })[];
                            };
                            name: string;
                            slug: string;
                            updatedAt: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a project by id or slug, with your role in it
         * @description **Who may call:** Anyone who may see the project (annotator, reviewer, expert, viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The project, with your role in it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": 1,
                         *       "slug": "spam-triage",
                         *       "name": "Spam triage",
                         *       "description": "Is this email spam?",
                         *       "guidelines": "# Spam\nMark unsolicited bulk mail as spam.",
                         *       "labelSchema": {
                         *         "questions": [
                         *           {
                         *             "name": "verdict",
                         *             "type": "single_choice",
                         *             "title": "Is this mail spam?",
                         *             "required": true,
                         *             "options": [
                         *               {
                         *                 "value": "spam",
                         *                 "label": "Spam",
                         *                 "hotkey": "1"
                         *               },
                         *               {
                         *                 "value": "ham",
                         *                 "label": "Not spam",
                         *                 "hotkey": "2"
                         *               }
                         *             ]
                         *           }
                         *         ]
                         *       },
                         *       "createdAt": "2026-11-21T09:30:00.000Z",
                         *       "updatedAt": "2026-11-21T09:30:00.000Z",
                         *       "archivedAt": null,
                         *       "yourRole": "manager"
                         *     }
                         */
                        "application/json": {
                            /** @description Set while archived: read-only, out of lists and queues */
                            archivedAt: string | null;
                            createdAt: string;
                            description: string;
                            guidelines: string;
                            id: number;
                            labelSchema: {
                                questions: ({
                                    description?: string;
                                    name: string;
                                    options: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "single_choice";
                                } | {
                                    description?: string;
                                    maxSelected?: number;
                                    minSelected?: number;
                                    name: string;
                                    options: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "multi_choice";
                                } | {
                                    description?: string;
                                    labels?: {
                                        [key: string]: string;
                                    };
                                    max: number;
                                    min: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    /** @default 1 */
                                    step: number;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "rating";
                                } | {
                                    criteria: {
                                        description?: string;
                                        labels?: {
                                            [key: string]: string;
                                        };
                                        max: number;
                                        min: number;
                                        name: string;
                                        title?: string;
                                    }[];
                                    description?: string;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "rubric";
                                } | {
                                    /** @default true */
                                    allowOverlap: boolean;
                                    description?: string;
                                    field: string;
                                    labels: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "spans";
                                } | {
                                    /** @default true */
                                    allowTie: boolean;
                                    description?: string;
                                    fields: [
                                        string,
                                        string
                                    ];
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "pairwise";
                                } | {
                                    description?: string;
                                    field: string;
                                    minCandidates?: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "ranking";
                                } | {
                                    description?: string;
                                    field?: string;
                                    /** @default 100000 */
                                    maxLength: number;
                                    minLength?: number;
                                    /** @default true */
                                    multiline: boolean;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "text";
                                } | {
                                    description?: string;
                                    field: string;
                                    labels: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    maxBoxes?: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "bbox";
                                } | {
                                    /** @default true */
                                    allowEdit: boolean;
                                    description?: string;
                                    /** @default action */
                                    field: string;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    /** @default true */
                                    requireReason: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "approval";
                                })[];
                            };
                            name: string;
                            slug: string;
                            updatedAt: string;
                            /**
                             * @description Your role in this project: your project role if you have one, else your own
                             * @enum {string}
                             */
                            yourRole: "annotator" | "reviewer" | "expert" | "viewer" | "engineer" | "manager" | "admin";
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
        /**
         * Delete an archived project and all its items, responses and decisions (the audit log stays)
         * @description 409 PROJECT_NOT_ARCHIVED unless the project was archived first. Export what you need before.
         *
         *     **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The project and everything in it are deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "deletedItems": 400
                         *     }
                         */
                        "application/json": {
                            deletedItems: number;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
        /**
         * Update name, description, guidelines or label schema
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "guidelines": "# Spam\nNewsletters you subscribed to are not spam."
                     *     }
                     */
                    "application/json": {
                        description?: string;
                        guidelines?: string;
                        labelSchema?: {
                            questions: ({
                                description?: string;
                                name: string;
                                options: {
                                    hotkey?: string;
                                    label?: string;
                                    value: string;
                                }[];
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "single_choice";
                            } | {
                                description?: string;
                                maxSelected?: number;
                                minSelected?: number;
                                name: string;
                                options: {
                                    hotkey?: string;
                                    label?: string;
                                    value: string;
                                }[];
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "multi_choice";
                            } | {
                                description?: string;
                                labels?: {
                                    [key: string]: string;
                                };
                                max: number;
                                min: number;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                /** @default 1 */
                                step?: number;
                                title?: string;
                                /** @enum {string} */
                                type: "rating";
                            } | {
                                criteria: {
                                    description?: string;
                                    labels?: {
                                        [key: string]: string;
                                    };
                                    max: number;
                                    min: number;
                                    name: string;
                                    title?: string;
                                }[];
                                description?: string;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "rubric";
                            } | {
                                /** @default true */
                                allowOverlap?: boolean;
                                description?: string;
                                field: string;
                                labels: {
                                    hotkey?: string;
                                    label?: string;
                                    value: string;
                                }[];
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "spans";
                            } | {
                                /** @default true */
                                allowTie?: boolean;
                                description?: string;
                                fields: [
                                    string,
                                    string
                                ];
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "pairwise";
                            } | {
                                description?: string;
                                field: string;
                                minCandidates?: number;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "ranking";
                            } | {
                                description?: string;
                                field?: string;
                                /** @default 100000 */
                                maxLength?: number;
                                minLength?: number;
                                /** @default true */
                                multiline?: boolean;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "text";
                            } | {
                                description?: string;
                                field: string;
                                labels: {
                                    hotkey?: string;
                                    label?: string;
                                    value: string;
                                }[];
                                maxBoxes?: number;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "bbox";
                            } | {
                                /** @default true */
                                allowEdit?: boolean;
                                description?: string;
                                /** @default action */
                                field?: string;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                /** @default true */
                                requireReason?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "approval";
                            })[];
                        };
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description The project as updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Set while archived: read-only, out of lists and queues */
                            archivedAt: string | null;
                            createdAt: string;
                            description: string;
                            guidelines: string;
                            id: number;
                            labelSchema: {
                                questions: ({
                                    description?: string;
                                    name: string;
                                    options: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "single_choice";
                                } | {
                                    description?: string;
                                    maxSelected?: number;
                                    minSelected?: number;
                                    name: string;
                                    options: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "multi_choice";
                                } | {
                                    description?: string;
                                    labels?: {
                                        [key: string]: string;
                                    };
                                    max: number;
                                    min: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    /** @default 1 */
                                    step: number;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "rating";
                                } | {
                                    criteria: {
                                        description?: string;
                                        labels?: {
                                            [key: string]: string;
                                        };
                                        max: number;
                                        min: number;
                                        name: string;
                                        title?: string;
                                    }[];
                                    description?: string;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "rubric";
                                } | {
                                    /** @default true */
                                    allowOverlap: boolean;
                                    description?: string;
                                    field: string;
                                    labels: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "spans";
                                } | {
                                    /** @default true */
                                    allowTie: boolean;
                                    description?: string;
                                    fields: [
                                        string,
                                        string
                                    ];
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "pairwise";
                                } | {
                                    description?: string;
                                    field: string;
                                    minCandidates?: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "ranking";
                                } | {
                                    description?: string;
                                    field?: string;
                                    /** @default 100000 */
                                    maxLength: number;
                                    minLength?: number;
                                    /** @default true */
                                    multiline: boolean;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "text";
                                } | {
                                    description?: string;
                                    field: string;
                                    labels: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    maxBoxes?: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "bbox";
                                } | {
                                    /** @default true */
                                    allowEdit: boolean;
                                    description?: string;
                                    /** @default action */
                                    field: string;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    /** @default true */
                                    requireReason: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "approval";
                                })[];
                            };
                            name: string;
                            slug: string;
                            updatedAt: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Agreement of human decisions: overall, per decided label, per metadata tag and risk
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Agreement overall, per decided label and per metadata slice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "decisions": 240,
                         *       "overall": 0.87,
                         *       "byLabel": [
                         *         {
                         *           "question": "verdict",
                         *           "key": "spam",
                         *           "items": 150,
                         *           "meanAgreement": 0.91
                         *         }
                         *       ],
                         *       "byTag": [
                         *         {
                         *           "key": "hard",
                         *           "items": 40,
                         *           "meanAgreement": 0.71
                         *         }
                         *       ],
                         *       "byRisk": [
                         *         {
                         *           "key": "high",
                         *           "items": 25,
                         *           "meanAgreement": 0.78
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @description Per decided value of each choice question */
                            byLabel: {
                                items: number;
                                key: string;
                                meanAgreement: number;
                                question: string;
                            }[];
                            byRisk: {
                                items: number;
                                key: string;
                                meanAgreement: number;
                            }[];
                            /** @description Per metadata tag */
                            byTag: {
                                items: number;
                                key: string;
                                meanAgreement: number;
                            }[];
                            /** @description Human decisions with an agreement (auto decisions have none) */
                            decisions: number;
                            overall: number | null;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/annotators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per person: counts, time, gold accuracy (95% CI), agreement with consensus, rubber-stamp and speed flags, pause state
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Each person's counts, gold accuracy, agreement and flags */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "annotators": [
                         *         {
                         *           "userId": 2,
                         *           "username": "ada",
                         *           "status": "active",
                         *           "pausedReason": null,
                         *           "responses": 180,
                         *           "meanTimeMs": 5400,
                         *           "medianTimeMs": 4100,
                         *           "gold": {
                         *             "answered": 18,
                         *             "correct": 16,
                         *             "accuracy": 0.889,
                         *             "ci95": [
                         *               0.672,
                         *               0.969
                         *             ]
                         *           },
                         *           "agreementWithConsensus": 0.93,
                         *           "wrongPrelabels": {
                         *             "seen": 6,
                         *             "accepted": 1,
                         *             "acceptRate": 0.167
                         *           },
                         *           "flags": []
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            annotators: {
                                /** @description Share of their answers on decided items that match the decision (held answers count) */
                                agreementWithConsensus: number | null;
                                flags: {
                                    /** @enum {string} */
                                    code: "low_gold_accuracy" | "spammer" | "adversary" | "rubber_stamp" | "too_fast";
                                    message: string;
                                }[];
                                gold: {
                                    accuracy: number | null;
                                    answered: number;
                                    /** @description Wilson score interval (95 %) */
                                    ci95: [
                                        number,
                                        number
                                    ] | null;
                                    correct: number;
                                };
                                meanTimeMs: number | null;
                                medianTimeMs: number | null;
                                pausedReason: string | null;
                                /** @description Review and adjudication answers (gold excluded) */
                                responses: number;
                                /** @enum {string} */
                                status: "active" | "paused";
                                userId: number;
                                username: string;
                                wrongPrelabels: {
                                    accepted: number;
                                    acceptRate: number | null;
                                    /** @description Items shown with a wrong pre-label: gold with a deliberately wrong one, or one the decision overturned */
                                    seen: number;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/annotators/{userId}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused person and drop their held answers for good (admin, manager)
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The person works again; their held answers are dropped */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "itemsReopened": 3,
                         *       "decided": 0
                         *     }
                         */
                        "application/json": {
                            decided: number;
                            itemsReopened: number;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/annotators/{userId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused person; their held answers count again (admin, manager)
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The person works again; their held answers count */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "itemsReopened": 0,
                         *       "decided": 3
                         *     }
                         */
                        "application/json": {
                            decided: number;
                            itemsReopened: number;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a project: read-only, out of lists and queues; decisions and exports stay
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The project, now archived */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": 1,
                         *       "slug": "spam-triage",
                         *       "name": "Spam triage",
                         *       "description": "Is this email spam?",
                         *       "guidelines": "# Spam\nMark unsolicited bulk mail as spam.",
                         *       "labelSchema": {
                         *         "questions": [
                         *           {
                         *             "name": "verdict",
                         *             "type": "single_choice",
                         *             "title": "Is this mail spam?",
                         *             "required": true,
                         *             "options": [
                         *               {
                         *                 "value": "spam",
                         *                 "label": "Spam",
                         *                 "hotkey": "1"
                         *               },
                         *               {
                         *                 "value": "ham",
                         *                 "label": "Not spam",
                         *                 "hotkey": "2"
                         *               }
                         *             ]
                         *           }
                         *         ]
                         *       },
                         *       "createdAt": "2026-11-21T09:30:00.000Z",
                         *       "updatedAt": "2026-11-21T09:30:00.000Z",
                         *       "archivedAt": "2026-11-22T08:00:00.000Z"
                         *     }
                         */
                        "application/json": {
                            /** @description Set while archived: read-only, out of lists and queues */
                            archivedAt: string | null;
                            createdAt: string;
                            description: string;
                            guidelines: string;
                            id: number;
                            labelSchema: {
                                questions: ({
                                    description?: string;
                                    name: string;
                                    options: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "single_choice";
                                } | {
                                    description?: string;
                                    maxSelected?: number;
                                    minSelected?: number;
                                    name: string;
                                    options: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "multi_choice";
                                } | {
                                    description?: string;
                                    labels?: {
                                        [key: string]: string;
                                    };
                                    max: number;
                                    min: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    /** @default 1 */
                                    step: number;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "rating";
                                } | {
                                    criteria: {
                                        description?: string;
                                        labels?: {
                                            [key: string]: string;
                                        };
                                        max: number;
                                        min: number;
                                        name: string;
                                        title?: string;
                                    }[];
                                    description?: string;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "rubric";
                                } | {
                                    /** @default true */
                                    allowOverlap: boolean;
                                    description?: string;
                                    field: string;
                                    labels: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "spans";
                                } | {
                                    /** @default true */
                                    allowTie: boolean;
                                    description?: string;
                                    fields: [
                                        string,
                                        string
                                    ];
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "pairwise";
                                } | {
                                    description?: string;
                                    field: string;
                                    minCandidates?: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "ranking";
                                } | {
                                    description?: string;
                                    field?: string;
                                    /** @default 100000 */
                                    maxLength: number;
                                    minLength?: number;
                                    /** @default true */
                                    multiline: boolean;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "text";
                                } | {
                                    description?: string;
                                    field: string;
                                    labels: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    maxBoxes?: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "bbox";
                                } | {
                                    /** @default true */
                                    allowEdit: boolean;
                                    description?: string;
                                    /** @default action */
                                    field: string;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    /** @default true */
                                    requireReason: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "approval";
                                })[];
                            };
                            name: string;
                            slug: string;
                            updatedAt: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's audit records, newest first
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: {
                    /** @description e.g. policy.set, token.revoked */
                    action?: string;
                    /** @description User id of who did it */
                    actor?: number;
                    /** @description nextCursor from the previous page */
                    cursor?: string;
                    limit?: number;
                    /** @description ISO time, inclusive */
                    since?: string;
                    /** @description e.g. item:42, user:7 */
                    target?: string;
                    /** @description ISO time, exclusive */
                    until?: string;
                };
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The project's audit records, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "records": [
                         *         {
                         *           "id": 120,
                         *           "seq": 119,
                         *           "createdAt": "2026-11-21T09:30:00.000Z",
                         *           "actor": {
                         *             "id": 1,
                         *             "username": "admin"
                         *           },
                         *           "action": "policy.set",
                         *           "project": {
                         *             "id": 1,
                         *             "slug": "spam-triage"
                         *           },
                         *           "target": "policy:2",
                         *           "details": {
                         *             "version": 2
                         *           },
                         *           "hash": "9f2c4b7d0a1e8c3f5b6d2e4a7c9f1b3d5e7a9c1f3b5d7e9a1c3f5b7d9e1a3c5f"
                         *         }
                         *       ],
                         *       "nextCursor": null
                         *     }
                         */
                        "application/json": {
                            nextCursor: string | null;
                            /** @description Newest first */
                            records: {
                                action: string;
                                /** @description null: Tandem itself */
                                actor: {
                                    id: number;
                                    username: string;
                                } | null;
                                createdAt: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                hash: string | null;
                                id: number;
                                project: {
                                    id: number;
                                    slug: string;
                                } | null;
                                /** @description Position in the hash chain; null until sealed (seconds) */
                                seq: number | null;
                                target: string | null;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/dawid-skene": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dawid-Skene fit of a choice question: each annotator's estimated confusion matrix and the class priors
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query: {
                    /** @description A single_choice question name */
                    question: string;
                };
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The fit: class priors and each person's confusion matrix */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "question": "verdict",
                         *       "classes": [
                         *         "spam",
                         *         "ham"
                         *       ],
                         *       "priors": [
                         *         0.38,
                         *         0.62
                         *       ],
                         *       "iterations": 14,
                         *       "converged": true,
                         *       "annotators": [
                         *         {
                         *           "userId": 2,
                         *           "username": "ada",
                         *           "annotations": 180,
                         *           "accuracy": 0.93,
                         *           "confusion": [
                         *             [
                         *               0.95,
                         *               0.05
                         *             ],
                         *             [
                         *               0.08,
                         *               0.92
                         *             ]
                         *           ]
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            annotators: {
                                accuracy: number;
                                annotations: number;
                                /** @description confusion[true][said] */
                                confusion: number[][];
                                userId: number;
                                username: string;
                            }[];
                            classes: (string | number)[];
                            converged: boolean;
                            iterations: number;
                            priors: number[];
                            question: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duplicate a project setup: schema, guidelines, policy, members and their project roles (no items, answers or webhooks)
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "slug": "spam-triage-2",
                     *       "name": "Spam triage (round 2)"
                     *     }
                     */
                    "application/json": {
                        /** @description Defaults to "<name> (copy)" */
                        name?: string;
                        /** @description URL name of the copy */
                        slug: string;
                    };
                };
            };
            responses: {
                /** @description The copy: same schema, guidelines, policy and members; no items */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Set while archived: read-only, out of lists and queues */
                            archivedAt: string | null;
                            createdAt: string;
                            description: string;
                            guidelines: string;
                            id: number;
                            labelSchema: {
                                questions: ({
                                    description?: string;
                                    name: string;
                                    options: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "single_choice";
                                } | {
                                    description?: string;
                                    maxSelected?: number;
                                    minSelected?: number;
                                    name: string;
                                    options: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "multi_choice";
                                } | {
                                    description?: string;
                                    labels?: {
                                        [key: string]: string;
                                    };
                                    max: number;
                                    min: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    /** @default 1 */
                                    step: number;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "rating";
                                } | {
                                    criteria: {
                                        description?: string;
                                        labels?: {
                                            [key: string]: string;
                                        };
                                        max: number;
                                        min: number;
                                        name: string;
                                        title?: string;
                                    }[];
                                    description?: string;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "rubric";
                                } | {
                                    /** @default true */
                                    allowOverlap: boolean;
                                    description?: string;
                                    field: string;
                                    labels: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "spans";
                                } | {
                                    /** @default true */
                                    allowTie: boolean;
                                    description?: string;
                                    fields: [
                                        string,
                                        string
                                    ];
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "pairwise";
                                } | {
                                    description?: string;
                                    field: string;
                                    minCandidates?: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "ranking";
                                } | {
                                    description?: string;
                                    field?: string;
                                    /** @default 100000 */
                                    maxLength: number;
                                    minLength?: number;
                                    /** @default true */
                                    multiline: boolean;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "text";
                                } | {
                                    description?: string;
                                    field: string;
                                    labels: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    maxBoxes?: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "bbox";
                                } | {
                                    /** @default true */
                                    allowEdit: boolean;
                                    description?: string;
                                    /** @default action */
                                    field: string;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    /** @default true */
                                    requireReason: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "approval";
                                })[];
                            };
                            name: string;
                            slug: string;
                            updatedAt: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events: the project's events as they happen (resume with Last-Event-ID or ?after=)
         * @description The web app's session cookie works as is. Elsewhere, EventSource cannot send headers: get a ticket (POST …/events/ticket) and pass it as ?ticket=.
         *
         *     **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: {
                    after?: string;
                    /** @description From POST …/events/ticket; valid for a minute */
                    ticket?: string;
                };
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A stream of server-sent events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
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
    "/api/projects/{project}/events/ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A one-minute ticket that opens the project's event stream (?ticket=) where headers cannot be sent
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A one-minute ticket for ?ticket= on the event stream */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "ticket": "tdt_8e1b4c7a2f5d9c3e",
                         *       "expiresAt": "2026-11-21T09:31:00.000Z"
                         *     }
                         */
                        "application/json": {
                            expiresAt: string;
                            ticket: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/explore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find items: full-text search, filters, sort, pages with a count
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: {
                    /** @description true: items waiting for adjudication */
                    adjudication?: "true" | "false";
                    /** @description A user id who answered the item */
                    annotator?: string;
                    /** @description An ISO date (2026-12-01) or date-time (2026-12-01T09:30:00Z) */
                    createdFrom?: string;
                    /** @description An ISO date (2026-12-01) or date-time (2026-12-01T09:30:00Z) */
                    createdTo?: string;
                    /** @description true: gold items only; false: no gold items */
                    gold?: "true" | "false";
                    /** @description The current decision answers question:value (e.g. verdict:spam) */
                    label?: string;
                    maxAgreement?: string;
                    maxConfidence?: string;
                    /** @description A metadata key:value (e.g. source:web) */
                    meta?: string;
                    minAgreement?: string;
                    minConfidence?: string;
                    /** @description metadata.modelVersion of the item */
                    modelVersion?: string;
                    page?: string;
                    pageSize?: string;
                    /** @description Words searched in the item data (prefixes match: "acm" finds "Acme") */
                    q?: string;
                    /** @description true: items with an open problem report */
                    reported?: "true" | "false";
                    /** @description A field, newest/highest first with "-" */
                    sort?: "-id" | "id" | "-confidence" | "confidence" | "-updatedAt" | "updatedAt";
                    status?: "pending" | "queued" | "adjudication" | "decided" | "held" | "gold" | "reported" | "archived";
                    tag?: string;
                    /** @description An ISO date (2026-12-01) or date-time (2026-12-01T09:30:00Z) */
                    updatedFrom?: string;
                    /** @description An ISO date (2026-12-01) or date-time (2026-12-01T09:30:00Z) */
                    updatedTo?: string;
                };
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of matching items, newest first by default, with the count */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": 42,
                         *           "externalId": "mail-1",
                         *           "status": "decided",
                         *           "preview": "You won!",
                         *           "prediction": {
                         *             "verdict": "spam"
                         *           },
                         *           "confidence": 0.62,
                         *           "modelVersion": "spam-nb-7",
                         *           "tags": [
                         *             "hard"
                         *           ],
                         *           "gold": false,
                         *           "decision": {
                         *             "answer": {
                         *               "verdict": "spam"
                         *             },
                         *             "method": "consensus",
                         *             "agreement": 1
                         *           },
                         *           "openReports": 0,
                         *           "createdAt": "2026-11-21T09:30:00.000Z",
                         *           "updatedAt": "2026-11-21T09:40:00.000Z"
                         *         }
                         *       ],
                         *       "total": 1,
                         *       "totalCapped": false,
                         *       "page": 1,
                         *       "pageSize": 50
                         *     }
                         */
                        "application/json": {
                            items: {
                                confidence: number | null;
                                createdAt: string;
                                decision: {
                                    agreement: number | null;
                                    answer: {
                                        [key: string]: unknown;
                                    };
                                    method: string;
                                } | null;
                                externalId: string | null;
                                gold: boolean;
                                id: number;
                                modelVersion: string | null;
                                openReports: number;
                                prediction: {
                                    [key: string]: unknown;
                                } | null;
                                /** @description The first text of the item data, cut to 200 characters */
                                preview: string;
                                status: string;
                                tags: string[];
                                updatedAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            /** @description Items matching the filter (counted up to totalCap) */
                            total: number;
                            /** @description True when more than totalCap items match: total is then a lower bound */
                            totalCapped: boolean;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/explore/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Act on a selection: send back, mark gold, archive or delete (per-item report)
         * @description The selection is itemIds, or every item matching filter (up to 10,000). confirm is the count the caller saw; a larger selection is refused (409 SELECTION_CHANGED).
         *
         *     **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "action": "send_back",
                     *       "filter": {
                     *         "label": "verdict:spam",
                     *         "maxAgreement": "0.6"
                     *       },
                     *       "confirm": 12
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description send_back: a fresh review slot each; mark_gold: the current decision becomes the gold answer; archive: out of the queue, kept; delete: gone with its answers
                         * @enum {string}
                         */
                        action: "send_back" | "mark_gold" | "archive" | "delete";
                        /** @description How many items the caller expects to act on (from the page total) */
                        confirm: number;
                        /** @description The explorer filter as query parameters (q, status, label, …) when itemIds is absent */
                        filter?: {
                            [key: string]: string;
                        };
                        /** @description The selected items; without it, every item matching filter */
                        itemIds?: number[];
                    };
                };
            };
            responses: {
                /** @description What was done: items matched, done, and each one skipped with why */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            action: "send_back" | "mark_gold" | "archive" | "delete";
                            done: number;
                            matched: number;
                            skipped: {
                                itemId: number;
                                reason: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/explore/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream the items matching an explorer filter in any export format
         * @description JSONL and CSV: the same lines and columns as GET /projects/{project}/export; training formats: the decided items among them. The Tandem-Export-Total header says how many items match (what a progress counter counts towards).
         *
         *     **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: {
                    /** @description true: items waiting for adjudication */
                    adjudication?: "true" | "false";
                    /** @description A user id who answered the item */
                    annotator?: string;
                    /** @description An ISO date (2026-12-01) or date-time (2026-12-01T09:30:00Z) */
                    createdFrom?: string;
                    /** @description An ISO date (2026-12-01) or date-time (2026-12-01T09:30:00Z) */
                    createdTo?: string;
                    /** @description Which format (see GET /api/export-formats); training formats export decided items */
                    format?: "jsonl" | "csv" | "hf-jsonl" | "parquet" | "coco" | "yolo" | "conll" | "dpo" | "label-studio";
                    /** @description true: gold items only; false: no gold items */
                    gold?: "true" | "false";
                    /** @description The current decision answers question:value (e.g. verdict:spam) */
                    label?: string;
                    maxAgreement?: string;
                    maxConfidence?: string;
                    /** @description A metadata key:value (e.g. source:web) */
                    meta?: string;
                    minAgreement?: string;
                    minConfidence?: string;
                    /** @description metadata.modelVersion of the item */
                    modelVersion?: string;
                    /** @description Words searched in the item data (prefixes match: "acm" finds "Acme") */
                    q?: string;
                    /** @description For single-question formats (coco, yolo, conll, dpo): which question; the first that fits by default */
                    question?: string;
                    /** @description true: items with an open problem report */
                    reported?: "true" | "false";
                    status?: "pending" | "queued" | "adjudication" | "decided" | "held" | "gold" | "reported" | "archived";
                    tag?: string;
                    /** @description An ISO date (2026-12-01) or date-time (2026-12-01T09:30:00Z) */
                    updatedFrom?: string;
                    /** @description An ISO date (2026-12-01) or date-time (2026-12-01T09:30:00Z) */
                    updatedTo?: string;
                };
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The matching items, a JSONL line or CSV row each */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": string;
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
    "/api/projects/{project}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream all (or filtered) items in any export format (JSONL, CSV, Parquet, COCO, YOLO, …)
         * @description Streamed with constant memory. JSONL/CSV: every matching item; training formats: decided items. Errors are the usual error body (404 for an unknown project, 400 for a bad filter, 422 when the format needs a question the schema lacks).
         *
         *     **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Which format (see GET /api/export-formats); training formats export decided items */
                    format?: "jsonl" | "csv" | "hf-jsonl" | "parquet" | "coco" | "yolo" | "conll" | "dpo" | "label-studio";
                    maxConfidence?: string;
                    minConfidence?: string;
                    /** @description For single-question formats (coco, yolo, conll, dpo): which question; the first that fits by default */
                    question?: string;
                    status?: "pending" | "queued" | "adjudication" | "decided" | "held" | "gold" | "reported" | "archived";
                    tag?: string;
                };
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The items, one JSONL line (or CSV row) each, with their current decision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": string;
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
    "/api/projects/{project}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List items in id order with filters and cursor pagination
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor from the previous page */
                    cursor?: string;
                    limit?: string;
                    maxConfidence?: string;
                    minConfidence?: string;
                    status?: "pending" | "queued" | "adjudication" | "decided" | "held" | "gold" | "reported" | "archived";
                    tag?: string;
                };
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of items in id order, and the cursor of the next page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": 42,
                         *           "projectId": 1,
                         *           "externalId": "mail-1",
                         *           "data": {
                         *             "subject": "You won!",
                         *             "from": "promo@example.com",
                         *             "body": "Claim your prize today…"
                         *           },
                         *           "prediction": {
                         *             "verdict": "spam"
                         *           },
                         *           "confidence": 0.62,
                         *           "metadata": {
                         *             "tags": [
                         *               "hard"
                         *             ],
                         *             "risk": "high"
                         *           },
                         *           "status": "queued",
                         *           "revision": 1,
                         *           "createdAt": "2026-11-21T09:30:00.000Z",
                         *           "updatedAt": "2026-11-21T09:30:00.000Z"
                         *         }
                         *       ],
                         *       "nextCursor": "YWZ0ZXI6NDI"
                         *     }
                         */
                        "application/json": {
                            items: {
                                confidence: number | null;
                                createdAt: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                externalId: string | null;
                                id: number;
                                metadata: {
                                    [key: string]: unknown;
                                };
                                prediction: {
                                    [key: string]: unknown;
                                } | null;
                                projectId: number;
                                revision: number;
                                status: string;
                                updatedAt: string;
                            }[];
                            /** @description Pass as cursor for the next page; null on the last page */
                            nextCursor: string | null;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add one item (an existing external id is updated instead: upsert)
         * @description 201 when created, 200 when the external id already existed and the item was updated; with wait=N, 202 when no decision came within N seconds (poll GET …/decision). Auto-accepted items carry their decision at once. Body limit 2000000 bytes.
         *
         *     **Who may call:** People who send items to the project (engineer, manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Seconds to wait for the decision (at most 60) */
                    wait?: string;
                };
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "externalId": "mail-1",
                     *       "data": {
                     *         "subject": "You won!",
                     *         "from": "promo@example.com",
                     *         "body": "Claim your prize today…"
                     *       },
                     *       "prediction": {
                     *         "verdict": "spam"
                     *       },
                     *       "confidence": 0.62,
                     *       "metadata": {
                     *         "tags": [
                     *           "hard"
                     *         ],
                     *         "risk": "high"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description The model's confidence in its prediction */
                        confidence?: number;
                        /** @description What people see: text, URLs, transcripts, an agent action… */
                        data: {
                            [key: string]: unknown;
                        };
                        /** @description Your id; re-sending it updates the same item instead of creating a duplicate */
                        externalId?: string;
                        /** @description The known answer: makes this a gold item, mixed into queues to measure people (never decided) */
                        gold?: {
                            [key: string]: unknown;
                        };
                        /** @description Tags, a risk level and flat key/values used for slices and routing */
                        metadata?: {
                            /** @enum {string} */
                            risk?: "low" | "medium" | "high";
                            /** @description Slice tags, e.g. ["hard", "fr"] */
                            tags?: string[];
                        } & {
                            [key: string]: string | number | boolean | null;
                        };
                        /** @description The model's answer, keyed by question name; checked against the label schema */
                        prediction?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Updated: the external id existed. The item, with its decision when there is one */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confidence: number | null;
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description Set when the item is decided (at once when auto-accepted, or within wait) */
                            decision: {
                                agreement: number | null;
                                answer: {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                                decidedBy: number | null;
                                id: number;
                                itemId: number;
                                /** @enum {string} */
                                method: "auto" | "consensus" | "adjudicated" | "override" | "timeout";
                                policyVersion: number | null;
                                reason: string | null;
                                responseIds: number[];
                                supersededBy: number | null;
                            } | null;
                            externalId: string | null;
                            id: number;
                            metadata: {
                                [key: string]: unknown;
                            };
                            prediction: {
                                [key: string]: unknown;
                            } | null;
                            projectId: number;
                            revision: number;
                            status: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Created. The item, with its decision at once when the policy auto-accepted it */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confidence: number | null;
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description Set when the item is decided (at once when auto-accepted, or within wait) */
                            decision: {
                                agreement: number | null;
                                answer: {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                                decidedBy: number | null;
                                id: number;
                                itemId: number;
                                /** @enum {string} */
                                method: "auto" | "consensus" | "adjudicated" | "override" | "timeout";
                                policyVersion: number | null;
                                reason: string | null;
                                responseIds: number[];
                                supersededBy: number | null;
                            } | null;
                            externalId: string | null;
                            id: number;
                            metadata: {
                                [key: string]: unknown;
                            };
                            prediction: {
                                [key: string]: unknown;
                            } | null;
                            projectId: number;
                            revision: number;
                            status: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Stored, but no decision came within wait: poll GET …/decision */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confidence: number | null;
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description Set when the item is decided (at once when auto-accepted, or within wait) */
                            decision: {
                                agreement: number | null;
                                answer: {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                                decidedBy: number | null;
                                id: number;
                                itemId: number;
                                /** @enum {string} */
                                method: "auto" | "consensus" | "adjudicated" | "override" | "timeout";
                                policyVersion: number | null;
                                reason: string | null;
                                responseIds: number[];
                                supersededBy: number | null;
                            } | null;
                            externalId: string | null;
                            id: number;
                            metadata: {
                                [key: string]: unknown;
                            };
                            prediction: {
                                [key: string]: unknown;
                            } | null;
                            projectId: number;
                            revision: number;
                            status: string;
                            updatedAt: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one item
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin); workers for an item they hold or answered (worker view). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The item */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": 42,
                         *       "projectId": 1,
                         *       "externalId": "mail-1",
                         *       "data": {
                         *         "subject": "You won!",
                         *         "from": "promo@example.com",
                         *         "body": "Claim your prize today…"
                         *       },
                         *       "prediction": {
                         *         "verdict": "spam"
                         *       },
                         *       "confidence": 0.62,
                         *       "metadata": {
                         *         "tags": [
                         *           "hard"
                         *         ],
                         *         "risk": "high"
                         *       },
                         *       "status": "queued",
                         *       "revision": 1,
                         *       "createdAt": "2026-11-21T09:30:00.000Z",
                         *       "updatedAt": "2026-11-21T09:30:00.000Z"
                         *     }
                         */
                        "application/json": {
                            confidence: number | null;
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            externalId: string | null;
                            id: number;
                            metadata: {
                                [key: string]: unknown;
                            };
                            prediction: {
                                [key: string]: unknown;
                            } | null;
                            projectId: number;
                            revision: number;
                            status: string;
                            updatedAt: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
        /**
         * Delete an item with its tasks, responses and decisions (the audit log keeps what it was)
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 42 */
                    itemId: string;
                    /** @example spam-triage */
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The item, its tasks, answers and decisions are deleted */
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/items/{itemId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive the item: out of the queue, kept with its answers and decision
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 42 */
                    itemId: string;
                    /** @example spam-triage */
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The item, archived (out of the queue, kept) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confidence: number | null;
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            externalId: string | null;
                            id: number;
                            metadata: {
                                [key: string]: unknown;
                            };
                            prediction: {
                                [key: string]: unknown;
                            } | null;
                            projectId: number;
                            revision: number;
                            status: string;
                            updatedAt: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/items/{itemId}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether you could take this item now (open, held by someone else, closed), without taking it
         * @description **Who may call:** People who work in the project (annotator, reviewer, expert, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Whether the item is open to you, held by someone else, or closed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "state": "held",
                         *       "heldUntil": "2026-11-21T09:40:00.000Z",
                         *       "message": "Someone else is working on this item now."
                         *     }
                         */
                        "application/json": {
                            heldUntil: string | null;
                            message: string;
                            /**
                             * @description open: you can take it now; held: someone else has it until heldUntil; closed: answered by others, decided or withdrawn; yours: you hold or answered it
                             * @enum {string}
                             */
                            state: "open" | "held" | "closed" | "yours";
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/items/{itemId}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim an open slot of this item (the approvals inbox opens a chosen action)
         * @description **Who may call:** People who work in the project (annotator, reviewer, expert, manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your task on the chosen item */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "task": {
                         *         "id": 31,
                         *         "projectId": 1,
                         *         "itemId": 42,
                         *         "phase": "review",
                         *         "role": "annotator",
                         *         "leaseExpiresAt": "2026-11-21T09:40:00.000Z"
                         *       },
                         *       "item": {
                         *         "id": 42,
                         *         "externalId": "mail-1",
                         *         "data": {
                         *           "subject": "You won!",
                         *           "from": "promo@example.com",
                         *           "body": "Claim your prize today…"
                         *         },
                         *         "prediction": {
                         *           "verdict": "spam"
                         *         },
                         *         "confidence": 0.62,
                         *         "judges": []
                         *       }
                         *     }
                         */
                        "application/json": {
                            /** @description For adjudication tasks: the responses to resolve and their agreement */
                            adjudication?: {
                                agreement: number;
                                responses: {
                                    answer: {
                                        [key: string]: unknown;
                                    };
                                    createdAt: string;
                                    id: number;
                                    timeSpentMs: number | null;
                                    userId: number;
                                    username: string;
                                }[];
                            };
                            item: {
                                confidence: number | null;
                                data: {
                                    [key: string]: unknown;
                                };
                                externalId: string | null;
                                id: number;
                                /** @description Judges' latest verdicts as pre-labels (issue 13); empty in blind projects */
                                judges: {
                                    answers: {
                                        [key: string]: unknown;
                                    } | null;
                                    judge: string;
                                    pass: boolean | null;
                                    reason: string | null;
                                    score: number | null;
                                }[];
                                prediction: {
                                    [key: string]: unknown;
                                } | null;
                            };
                            task: {
                                id: number;
                                itemId: number;
                                /** @description Heartbeat before this to keep the task */
                                leaseExpiresAt: string;
                                /** @enum {string} */
                                phase: "review" | "adjudication";
                                projectId: number;
                                role: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/items/{itemId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The item's decision; with wait=N, long-polls up to N seconds (202 while undecided)
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Seconds to wait for the decision (at most 60) */
                    wait?: string;
                };
                header?: never;
                path: {
                    itemId: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The current decision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": 7,
                         *       "itemId": 42,
                         *       "answer": {
                         *         "verdict": "spam"
                         *       },
                         *       "method": "consensus",
                         *       "agreement": 1,
                         *       "responseIds": [
                         *         11,
                         *         12,
                         *         13
                         *       ],
                         *       "policyVersion": 2,
                         *       "decidedBy": null,
                         *       "reason": null,
                         *       "supersededBy": null,
                         *       "createdAt": "2026-11-21T09:40:00.000Z"
                         *     }
                         */
                        "application/json": {
                            agreement: number | null;
                            answer: {
                                [key: string]: unknown;
                            };
                            createdAt: string;
                            decidedBy: number | null;
                            id: number;
                            itemId: number;
                            /** @enum {string} */
                            method: "auto" | "consensus" | "adjudicated" | "override" | "timeout";
                            policyVersion: number | null;
                            reason: string | null;
                            responseIds: number[];
                            supersededBy: number | null;
                        };
                    };
                };
                /** @description Not decided yet (or not within wait): the item id and its status */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decision: null;
                            itemId: number;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Override the item's decision (admin, manager); the old one stays as history
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "answer": {
                     *         "verdict": "ham"
                     *       },
                     *       "reason": "Newsletter the customer subscribed to"
                     *     }
                     */
                    "application/json": {
                        answer: {
                            [key: string]: unknown;
                        };
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The new decision (method override); the old one stays in the history */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agreement: number | null;
                            answer: {
                                [key: string]: unknown;
                            };
                            createdAt: string;
                            decidedBy: number | null;
                            id: number;
                            itemId: number;
                            /** @enum {string} */
                            method: "auto" | "consensus" | "adjudicated" | "override" | "timeout";
                            policyVersion: number | null;
                            reason: string | null;
                            responseIds: number[];
                            supersededBy: number | null;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/items/{itemId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every decision the item has had, oldest first (overrides keep the history)
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every decision of the item, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "decisions": [
                         *         {
                         *           "id": 7,
                         *           "itemId": 42,
                         *           "answer": {
                         *             "verdict": "spam"
                         *           },
                         *           "method": "consensus",
                         *           "agreement": 1,
                         *           "responseIds": [
                         *             11,
                         *             12,
                         *             13
                         *           ],
                         *           "policyVersion": 2,
                         *           "decidedBy": null,
                         *           "reason": null,
                         *           "supersededBy": null,
                         *           "createdAt": "2026-11-21T09:40:00.000Z"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            decisions: {
                                agreement: number | null;
                                answer: {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                                decidedBy: number | null;
                                id: number;
                                itemId: number;
                                /** @enum {string} */
                                method: "auto" | "consensus" | "adjudicated" | "override" | "timeout";
                                policyVersion: number | null;
                                reason: string | null;
                                responseIds: number[];
                                supersededBy: number | null;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/items/{itemId}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything that happened to an item: responses, slots, decisions, reports, audit
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The item with its responses, slots, decision history, reports and audit trail */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "item": {
                         *         "id": 42,
                         *         "projectId": 1,
                         *         "externalId": "mail-1",
                         *         "data": {
                         *           "subject": "You won!",
                         *           "from": "promo@example.com",
                         *           "body": "Claim your prize today…"
                         *         },
                         *         "prediction": {
                         *           "verdict": "spam"
                         *         },
                         *         "confidence": 0.62,
                         *         "metadata": {
                         *           "tags": [
                         *             "hard"
                         *           ],
                         *           "risk": "high",
                         *           "modelVersion": "spam-nb-7"
                         *         },
                         *         "status": "decided",
                         *         "revision": 1,
                         *         "createdAt": "2026-11-21T09:30:00.000Z",
                         *         "updatedAt": "2026-11-21T09:30:00.000Z"
                         *       },
                         *       "modelVersion": "spam-nb-7",
                         *       "goldAnswer": null,
                         *       "responses": [
                         *         {
                         *           "id": 11,
                         *           "taskId": 31,
                         *           "phase": "review",
                         *           "person": {
                         *             "id": 2,
                         *             "username": "ada"
                         *           },
                         *           "answer": {
                         *             "verdict": "spam"
                         *           },
                         *           "timeSpentMs": 4100,
                         *           "goldCorrect": null,
                         *           "createdAt": "2026-11-21T09:30:00.000Z"
                         *         }
                         *       ],
                         *       "slots": [
                         *         {
                         *           "id": 31,
                         *           "phase": "review",
                         *           "role": "annotator",
                         *           "state": "done",
                         *           "claimedBy": {
                         *             "id": 2,
                         *             "username": "ada"
                         *           },
                         *           "createdAt": "2026-11-21T09:30:00.000Z",
                         *           "completedAt": "2026-11-21T09:30:00.000Z"
                         *         }
                         *       ],
                         *       "decisions": [
                         *         {
                         *           "id": 7,
                         *           "itemId": 42,
                         *           "answer": {
                         *             "verdict": "spam"
                         *           },
                         *           "method": "consensus",
                         *           "agreement": 1,
                         *           "responseIds": [
                         *             11,
                         *             12,
                         *             13
                         *           ],
                         *           "policyVersion": 2,
                         *           "decidedBy": null,
                         *           "reason": null,
                         *           "supersededBy": null,
                         *           "createdAt": "2026-11-21T09:40:00.000Z",
                         *           "decidedByUsername": null
                         *         }
                         *       ],
                         *       "reports": [],
                         *       "audit": [
                         *         {
                         *           "id": 120,
                         *           "seq": 119,
                         *           "createdAt": "2026-11-21T09:30:00.000Z",
                         *           "actor": {
                         *             "id": 1,
                         *             "username": "admin"
                         *           },
                         *           "action": "decision.made",
                         *           "project": {
                         *             "id": 1,
                         *             "slug": "spam-triage"
                         *           },
                         *           "target": "item:42",
                         *           "details": {
                         *             "version": 2
                         *           },
                         *           "hash": "9f2c4b7d0a1e8c3f5b6d2e4a7c9f1b3d5e7a9c1f3b5d7e9a1c3f5b7d9e1a3c5f"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @description Audit records about this item, newest first (up to 200) */
                            audit: {
                                action: string;
                                /** @description null: Tandem itself */
                                actor: {
                                    id: number;
                                    username: string;
                                } | null;
                                createdAt: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                hash: string | null;
                                id: number;
                                project: {
                                    id: number;
                                    slug: string;
                                } | null;
                                /** @description Position in the hash chain; null until sealed (seconds) */
                                seq: number | null;
                                target: string | null;
                            }[];
                            /** @description Oldest first; the one with supersededBy null is current */
                            decisions: {
                                agreement: number | null;
                                answer: {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                                decidedBy: number | null;
                                decidedByUsername: string | null;
                                id: number;
                                itemId: number;
                                /** @enum {string} */
                                method: "auto" | "consensus" | "adjudicated" | "override" | "timeout";
                                policyVersion: number | null;
                                reason: string | null;
                                responseIds: number[];
                                supersededBy: number | null;
                            }[];
                            goldAnswer: {
                                [key: string]: unknown;
                            } | null;
                            item: {
                                confidence: number | null;
                                createdAt: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                externalId: string | null;
                                id: number;
                                metadata: {
                                    [key: string]: unknown;
                                };
                                prediction: {
                                    [key: string]: unknown;
                                } | null;
                                projectId: number;
                                revision: number;
                                status: string;
                                updatedAt: string;
                            };
                            /** @description metadata.modelVersion: which model made the prediction */
                            modelVersion: string | null;
                            reports: {
                                createdAt: string;
                                id: number;
                                itemId: number;
                                projectId: number;
                                reason: string;
                                reportedBy: {
                                    id: number;
                                    username: string;
                                };
                                /** @description The manager's note */
                                resolution: string | null;
                                resolvedAt: string | null;
                                resolvedBy: {
                                    id: number;
                                    username: string;
                                } | null;
                                /** @enum {string} */
                                status: "open" | "requeued" | "closed";
                            }[];
                            /** @description Oldest first */
                            responses: {
                                answer: {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                                /** @description For a gold item: whether the answer matched the known one */
                                goldCorrect: boolean | null;
                                id: number;
                                person: {
                                    id: number;
                                    username: string;
                                };
                                phase: string;
                                taskId: number;
                                timeSpentMs: number | null;
                            }[];
                            /** @description Every task slot the item has had, oldest first */
                            slots: {
                                claimedBy: {
                                    id: number;
                                    username: string;
                                } | null;
                                completedAt: string | null;
                                createdAt: string;
                                id: number;
                                phase: string;
                                role: string;
                                state: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/items/{itemId}/gold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the item as gold with its known answer (it leaves the ordinary queue)
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "answer": {
                     *         "verdict": "spam"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description The known answer, checked against the label schema */
                        answer: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description The item, now a gold item with this known answer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confidence: number | null;
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            externalId: string | null;
                            id: number;
                            metadata: {
                                [key: string]: unknown;
                            };
                            prediction: {
                                [key: string]: unknown;
                            } | null;
                            projectId: number;
                            revision: number;
                            status: string;
                            updatedAt: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/items/{itemId}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Problems reported on an item, and how they were resolved
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problems reported on the item, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "reports": [
                         *         {
                         *           "id": 4,
                         *           "projectId": 1,
                         *           "itemId": 42,
                         *           "reason": "The image does not load (404)",
                         *           "reportedBy": {
                         *             "id": 2,
                         *             "username": "ada"
                         *           },
                         *           "status": "open",
                         *           "createdAt": "2026-11-21T09:30:00.000Z",
                         *           "resolvedBy": null,
                         *           "resolvedAt": null,
                         *           "resolution": null
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            reports: {
                                createdAt: string;
                                id: number;
                                itemId: number;
                                projectId: number;
                                reason: string;
                                reportedBy: {
                                    id: number;
                                    username: string;
                                };
                                /** @description The manager's note */
                                resolution: string | null;
                                resolvedAt: string | null;
                                resolvedBy: {
                                    id: number;
                                    username: string;
                                } | null;
                                /** @enum {string} */
                                status: "open" | "requeued" | "closed";
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * A manager reports a problem with the item (its open slots leave the queue until it's resolved)
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "reason": "The attachment is missing"
                     *     }
                     */
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The report: the open slots are out of the queue until a manager resolves it */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            id: number;
                            itemId: number;
                            projectId: number;
                            reason: string;
                            reportedBy: {
                                id: number;
                                username: string;
                            };
                            /** @description The manager's note */
                            resolution: string | null;
                            resolvedAt: string | null;
                            resolvedBy: {
                                id: number;
                                username: string;
                            } | null;
                            /** @enum {string} */
                            status: "open" | "requeued" | "closed";
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/items/{itemId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An item's individual answers, oldest first, with who gave them and how long they took
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The item's answers, oldest first, with who gave them */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "responses": [
                         *         {
                         *           "id": 11,
                         *           "taskId": 31,
                         *           "phase": "review",
                         *           "userId": 2,
                         *           "username": "ada",
                         *           "answer": {
                         *             "verdict": "spam"
                         *           },
                         *           "timeSpentMs": 4100,
                         *           "createdAt": "2026-11-21T09:35:00.000Z"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            responses: {
                                answer: {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                                id: number;
                                /**
                                 * @description adjudication: the answer that settled a disagreement
                                 * @enum {string}
                                 */
                                phase: "review" | "adjudication" | "gold";
                                taskId: number;
                                timeSpentMs: number | null;
                                userId: number;
                                username: string;
                            }[];
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/items/{itemId}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the item back for review: a fresh review slot (the decision stays until it is answered)
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "reason": "The decision looks wrong"
                     *     }
                     */
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The item, queued again with one fresh review slot */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confidence: number | null;
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            externalId: string | null;
                            id: number;
                            metadata: {
                                [key: string]: unknown;
                            };
                            prediction: {
                                [key: string]: unknown;
                            } | null;
                            projectId: number;
                            revision: number;
                            status: string;
                            updatedAt: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/items/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add up to 10000 items; good rows are stored, bad rows reported
         * @description Body limit 64000000 bytes. Each row is an ItemInput; the report lists every stored row and every problem with its row index and field path.
         *
         *     **Who may call:** People who send items to the project (engineer, manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "externalId": "mail-1",
                     *           "data": {
                     *             "subject": "You won!",
                     *             "from": "promo@example.com",
                     *             "body": "Claim your prize today…"
                     *           },
                     *           "prediction": {
                     *             "verdict": "spam"
                     *           },
                     *           "confidence": 0.62,
                     *           "metadata": {
                     *             "tags": [
                     *               "hard"
                     *             ],
                     *             "risk": "high"
                     *           }
                     *         },
                     *         {
                     *           "externalId": "mail-2",
                     *           "data": {
                     *             "subject": "You won!",
                     *             "from": "promo@example.com",
                     *             "body": "Claim your prize today…"
                     *           },
                     *           "prediction": {
                     *             "verdict": "maybe"
                     *           },
                     *           "confidence": 0.62,
                     *           "metadata": {
                     *             "tags": [
                     *               "hard"
                     *             ],
                     *             "risk": "high"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Each row is an ItemInput; rows are checked one by one and good rows are stored */
                        items: unknown[];
                    };
                };
            };
            responses: {
                /** @description The per-row report: what was stored and what was rejected, and why */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            errors: {
                                /**
                                 * @description INVALID_LINE: this line or record could not be read (not JSON, a broken CSV record, a cell that cannot be read); INVALID_FILE: the file could not be read from here on; ITEM_DECIDED: the external id names an item with answers or a decision, which never changes
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "SCHEMA_MISMATCH" | "INVALID_LINE" | "INVALID_FILE" | "ITEM_DECIDED";
                                /** @description 1-based line in the imported file */
                                line?: number;
                                message: string;
                                path: string;
                                /** @description 0-based index of the row in the batch or file */
                                row: number;
                            }[];
                            /** @description True when more errors occurred than are listed */
                            errorsTruncated?: boolean;
                            /** @description True when a file could not be read to its end: the last error says from which line */
                            incomplete?: boolean;
                            /** @description One entry per stored row (batches only) */
                            items?: {
                                externalId: string | null;
                                id: number;
                                row: number;
                                /**
                                 * @description unchanged: an item with answers or a decision sent again exactly as stored
                                 * @enum {string}
                                 */
                                status: "created" | "updated" | "unchanged";
                            }[];
                            received: number;
                            /** @description Rows not stored; each has at least one entry in errors */
                            rejected: number;
                            /** @description Answered or decided items sent again exactly as stored */
                            unchanged: number;
                            updated: number;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/items/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stream a JSONL (application/x-ndjson) or CSV (text/csv) file of items, or Label Studio tasks
         * @description The body is read as a stream and stored in chunks, so any size works. Every bad line is reported with its line number (the first 1,000 are listed; the counts cover all). With format=label-studio the body is Label Studio tasks (a JSON array as application/json or application/x-ndjson, or JSONL): predictions become predictions, an annotation becomes the decision.
         *
         *     **Who may call:** People who send items to the project (engineer, manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: {
                    /** @description tandem: Tandem's JSONL or CSV; label-studio: Label Studio tasks (JSON array or JSONL) */
                    format?: "tandem" | "label-studio";
                };
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            /** @description One JSON item per line (application/x-ndjson), or CSV with a header row (text/csv) */
            requestBody: {
                content: {
                    /**
                     * @example {"externalId":"mail-1","data":{"subject":"You won!"},"prediction":{"verdict":"spam"},"confidence":0.62}
                     *     {"externalId":"mail-2","data":{"subject":"Minutes of Monday"}}
                     */
                    "application/json": string;
                    /**
                     * @example {"externalId":"mail-1","data":{"subject":"You won!"},"prediction":{"verdict":"spam"},"confidence":0.62}
                     *     {"externalId":"mail-2","data":{"subject":"Minutes of Monday"}}
                     */
                    "application/x-ndjson": string;
                    /**
                     * @example {"externalId":"mail-1","data":{"subject":"You won!"},"prediction":{"verdict":"spam"},"confidence":0.62}
                     *     {"externalId":"mail-2","data":{"subject":"Minutes of Monday"}}
                     */
                    "text/csv": string;
                };
            };
            responses: {
                /** @description The per-line report: what was stored and what was rejected, and why */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "received": 3,
                         *       "created": 2,
                         *       "updated": 0,
                         *       "unchanged": 0,
                         *       "rejected": 1,
                         *       "errors": [
                         *         {
                         *           "row": 1,
                         *           "code": "SCHEMA_MISMATCH",
                         *           "path": "items.1.prediction.verdict",
                         *           "message": "expected one of \"spam\", \"ham\"",
                         *           "line": 2
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            created: number;
                            decided?: number;
                            errors: {
                                /**
                                 * @description INVALID_LINE: this line or record could not be read (not JSON, a broken CSV record, a cell that cannot be read); INVALID_FILE: the file could not be read from here on; ITEM_DECIDED: the external id names an item with answers or a decision, which never changes
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "SCHEMA_MISMATCH" | "INVALID_LINE" | "INVALID_FILE" | "ITEM_DECIDED";
                                /** @description 1-based line in the imported file */
                                line?: number;
                                message: string;
                                path: string;
                                /** @description 0-based index of the row in the batch or file */
                                row: number;
                            }[];
                            /** @description True when more errors occurred than are listed */
                            errorsTruncated?: boolean;
                            /** @description True when a file could not be read to its end: the last error says from which line */
                            incomplete?: boolean;
                            /** @description One entry per stored row (batches only) */
                            items?: {
                                externalId: string | null;
                                id: number;
                                row: number;
                                /**
                                 * @description unchanged: an item with answers or a decision sent again exactly as stored
                                 * @enum {string}
                                 */
                                status: "created" | "updated" | "unchanged";
                            }[];
                            received: number;
                            /** @description Rows not stored; each has at least one entry in errors */
                            rejected: number;
                            /** @description Answered or decided items sent again exactly as stored */
                            unchanged: number;
                            updated: number;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's background jobs (webhook deliveries, refits…), newest first
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Jobs with a smaller id than this (the previous page’s nextBefore) */
                    before?: string;
                    limit?: string;
                    /** @description queued, running, done, failed or cancelled */
                    state?: "queued" | "running" | "done" | "failed" | "cancelled";
                    /** @description A job kind, e.g. webhook.deliver */
                    type?: string;
                };
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The project's jobs newest first, and the id for the next page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "jobs": [
                         *         {
                         *           "id": 812,
                         *           "type": "webhook.deliver",
                         *           "key": "webhook:3",
                         *           "projectId": 1,
                         *           "payload": {
                         *             "deliveryId": 4410
                         *           },
                         *           "state": "failed",
                         *           "runAt": "2026-11-21T09:41:12.000Z",
                         *           "attempts": 12,
                         *           "lastError": "HTTP 503",
                         *           "createdAt": "2026-11-21T08:30:00.000Z",
                         *           "startedAt": "2026-11-21T09:41:12.050Z",
                         *           "finishedAt": "2026-11-21T09:41:22.060Z"
                         *         }
                         *       ],
                         *       "nextBefore": null
                         *     }
                         */
                        "application/json": {
                            /** @description Newest first */
                            jobs: {
                                attempts: number;
                                createdAt: string;
                                finishedAt: string | null;
                                id: number;
                                /** @description Jobs sharing a key run one at a time (e.g. one webhook endpoint) */
                                key: string | null;
                                /** @description Why the last attempt failed */
                                lastError: string | null;
                                payload: unknown;
                                projectId: number | null;
                                /** @description When it is (or was) due */
                                runAt: string;
                                startedAt: string | null;
                                /** @enum {string} */
                                state: "queued" | "running" | "done" | "failed" | "cancelled";
                                type: string;
                            }[];
                            /** @description Pass as ?before= for the next page */
                            nextBefore: number | null;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/jobs/{jobId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue one of the project's failed jobs again, due now
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jobId: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The job, queued again and due now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": 812,
                         *       "type": "webhook.deliver",
                         *       "key": "webhook:3",
                         *       "projectId": 1,
                         *       "payload": {
                         *         "deliveryId": 4410
                         *       },
                         *       "state": "queued",
                         *       "runAt": "2026-11-21T09:41:12.000Z",
                         *       "attempts": 0,
                         *       "lastError": "HTTP 503",
                         *       "createdAt": "2026-11-21T08:30:00.000Z",
                         *       "startedAt": "2026-11-21T09:41:12.050Z",
                         *       "finishedAt": null
                         *     }
                         */
                        "application/json": {
                            attempts: number;
                            createdAt: string;
                            finishedAt: string | null;
                            id: number;
                            /** @description Jobs sharing a key run one at a time (e.g. one webhook endpoint) */
                            key: string | null;
                            /** @description Why the last attempt failed */
                            lastError: string | null;
                            payload: unknown;
                            projectId: number | null;
                            /** @description When it is (or was) due */
                            runAt: string;
                            startedAt: string | null;
                            /** @enum {string} */
                            state: "queued" | "running" | "done" | "failed" | "cancelled";
                            type: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/jobs/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's jobs per type: queued, due, running, failed, oldest due age
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The project's job counts and oldest due age per type */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "types": [
                         *         {
                         *           "type": "approvals.timeouts",
                         *           "queued": 1,
                         *           "due": 0,
                         *           "running": 0,
                         *           "failed": 0,
                         *           "oldestDueAgeSeconds": null
                         *         },
                         *         {
                         *           "type": "webhook.deliver",
                         *           "queued": 42,
                         *           "due": 40,
                         *           "running": 2,
                         *           "failed": 1,
                         *           "oldestDueAgeSeconds": 3.2
                         *         }
                         *       ],
                         *       "total": {
                         *         "queued": 43,
                         *         "due": 40,
                         *         "running": 2,
                         *         "failed": 1,
                         *         "oldestDueAgeSeconds": 3.2
                         *       }
                         *     }
                         */
                        "application/json": {
                            total: {
                                /** @description Queued and due now: the backlog */
                                due: number;
                                /** @description Failed for good (retry them with POST …/retry) */
                                failed: number;
                                /** @description How long the oldest due job has waited */
                                oldestDueAgeSeconds: number | null;
                                /** @description Waiting, due or scheduled */
                                queued: number;
                                running: number;
                            };
                            types: {
                                /** @description Queued and due now: the backlog */
                                due: number;
                                /** @description Failed for good (retry them with POST …/retry) */
                                failed: number;
                                /** @description How long the oldest due job has waited */
                                oldestDueAgeSeconds: number | null;
                                /** @description Waiting, due or scheduled */
                                queued: number;
                                running: number;
                                type: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/judges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's judges with their current settings
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The project's judges with their current settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "judges": [
                         *         {
                         *           "name": "faithful",
                         *           "version": 2,
                         *           "config": {
                         *             "kind": "llm",
                         *             "baseUrl": "https://api.openai.com/v1",
                         *             "model": "gpt-4o-mini",
                         *             "apiKeyEnv": "OPENAI_API_KEY",
                         *             "prompt": "Question: {{input}}\nAnswer: {{output}}\nIs the answer faithful to the question?",
                         *             "questions": [
                         *               "verdict"
                         *             ],
                         *             "pass": {
                         *               "question": "verdict",
                         *               "values": [
                         *                 "pass"
                         *               ]
                         *             },
                         *             "temperature": 0,
                         *             "samples": 3,
                         *             "pricing": {
                         *               "inputPerMillion": 0.15,
                         *               "outputPerMillion": 0.6
                         *             },
                         *             "concurrency": 4,
                         *             "ratePerMinute": 600,
                         *             "maxAttempts": 5,
                         *             "timeoutMs": 30000
                         *           },
                         *           "createdAt": "2026-11-21T09:30:00.000Z",
                         *           "updatedAt": "2026-11-22T10:00:00.000Z"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            judges: {
                                config: {
                                    checks: ({
                                        /**
                                         * @default match
                                         * @enum {string}
                                         */
                                        expect: "match" | "no_match";
                                        /** @default  */
                                        flags: string;
                                        pattern: string;
                                        /** @enum {string} */
                                        type: "regex";
                                    } | {
                                        /** @default false */
                                        caseSensitive: boolean;
                                        /** @enum {string} */
                                        type: "contains";
                                        value: string;
                                    } | {
                                        /** @default false */
                                        caseSensitive: boolean;
                                        /** @enum {string} */
                                        type: "not_contains";
                                        value: string;
                                    } | {
                                        max?: number;
                                        min?: number;
                                        /** @enum {string} */
                                        type: "length";
                                    } | {
                                        /** @description A JSON Schema the parsed value must satisfy */
                                        schema?: {
                                            [key: string]: unknown;
                                        };
                                        /** @enum {string} */
                                        type: "json";
                                    } | {
                                        /**
                                         * @default [
                                         *       "email",
                                         *       "phone",
                                         *       "card",
                                         *       "iban"
                                         *     ]
                                         */
                                        detect: ("email" | "phone" | "card" | "iban")[];
                                        /** @enum {string} */
                                        type: "pii";
                                    })[];
                                    /**
                                     * @description Runs of this judge at once, across servers
                                     * @default 4
                                     */
                                    concurrency: number;
                                    /**
                                     * @description The item data field the checks read
                                     * @default output
                                     */
                                    field: string;
                                    /** @enum {string} */
                                    kind: "rule";
                                    /**
                                     * @description Attempts before a run is failed with its reason
                                     * @default 5
                                     */
                                    maxAttempts: number;
                                    /** @description Calls per minute, across servers */
                                    ratePerMinute?: number;
                                    /**
                                     * @description Per call
                                     * @default 30000
                                     */
                                    timeoutMs: number;
                                } | {
                                    /** @description Name of the server environment variable holding the API key; the key is never stored or returned */
                                    apiKeyEnv?: string;
                                    /**
                                     * Format: uri
                                     * @description An OpenAI-compatible API, e.g. https://api.openai.com/v1
                                     */
                                    baseUrl: string;
                                    /**
                                     * @description Runs of this judge at once, across servers
                                     * @default 4
                                     */
                                    concurrency: number;
                                    /** @enum {string} */
                                    kind: "llm";
                                    /**
                                     * @description Attempts before a run is failed with its reason
                                     * @default 5
                                     */
                                    maxAttempts: number;
                                    model: string;
                                    /** @description The verdict passes when this question is answered with one of these values */
                                    pass: {
                                        question: string;
                                        values: string[];
                                    };
                                    /** @description Price per million tokens, to record each run’s cost */
                                    pricing?: {
                                        inputPerMillion: number;
                                        outputPerMillion: number;
                                    };
                                    /** @description Template: {{field}} is the item data field, {{metadata.key}} a metadata value, {{externalId}} */
                                    prompt: string;
                                    /** @description Project questions the judge answers (default: every single/multi choice, rating and text one) */
                                    questions?: string[];
                                    /** @description Calls per minute, across servers */
                                    ratePerMinute?: number;
                                    /**
                                     * @description Calls per item; their agreement is the confidence
                                     * @default 1
                                     */
                                    samples: number;
                                    system?: string;
                                    /** @default 0 */
                                    temperature: number;
                                    /**
                                     * @description Per call
                                     * @default 30000
                                     */
                                    timeoutMs: number;
                                } | {
                                    /**
                                     * @description Runs of this judge at once, across servers
                                     * @default 4
                                     */
                                    concurrency: number;
                                    /** @enum {string} */
                                    kind: "webhook";
                                    /**
                                     * @description Attempts before a run is failed with its reason
                                     * @default 5
                                     */
                                    maxAttempts: number;
                                    /** @description Calls per minute, across servers */
                                    ratePerMinute?: number;
                                    /**
                                     * @description Per call
                                     * @default 30000
                                     */
                                    timeoutMs: number;
                                    /**
                                     * Format: uri
                                     * @description Receives POST {judge, item}; answers {pass, score?, answers?, reason?}
                                     */
                                    url: string;
                                };
                                createdAt: string;
                                name: string;
                                updatedAt: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Define a judge (rule, llm or webhook); it starts at version 1
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "no-pii",
                     *       "config": {
                     *         "kind": "rule",
                     *         "field": "output",
                     *         "checks": [
                     *           {
                     *             "type": "pii",
                     *             "detect": [
                     *               "email",
                     *               "phone",
                     *               "card",
                     *               "iban"
                     *             ]
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        config: {
                            checks: ({
                                /**
                                 * @default match
                                 * @enum {string}
                                 */
                                expect?: "match" | "no_match";
                                /** @default  */
                                flags?: string;
                                pattern: string;
                                /** @enum {string} */
                                type: "regex";
                            } | {
                                /** @default false */
                                caseSensitive?: boolean;
                                /** @enum {string} */
                                type: "contains";
                                value: string;
                            } | {
                                /** @default false */
                                caseSensitive?: boolean;
                                /** @enum {string} */
                                type: "not_contains";
                                value: string;
                            } | {
                                max?: number;
                                min?: number;
                                /** @enum {string} */
                                type: "length";
                            } | {
                                /** @description A JSON Schema the parsed value must satisfy */
                                schema?: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                type: "json";
                            } | {
                                /**
                                 * @default [
                                 *       "email",
                                 *       "phone",
                                 *       "card",
                                 *       "iban"
                                 *     ]
                                 */
                                detect?: ("email" | "phone" | "card" | "iban")[];
                                /** @enum {string} */
                                type: "pii";
                            })[];
                            /**
                             * @description Runs of this judge at once, across servers
                             * @default 4
                             */
                            concurrency?: number;
                            /**
                             * @description The item data field the checks read
                             * @default output
                             */
                            field?: string;
                            /** @enum {string} */
                            kind: "rule";
                            /**
                             * @description Attempts before a run is failed with its reason
                             * @default 5
                             */
                            maxAttempts?: number;
                            /** @description Calls per minute, across servers */
                            ratePerMinute?: number;
                            /**
                             * @description Per call
                             * @default 30000
                             */
                            timeoutMs?: number;
                        } | {
                            /** @description Name of the server environment variable holding the API key; the key is never stored or returned */
                            apiKeyEnv?: string;
                            /**
                             * Format: uri
                             * @description An OpenAI-compatible API, e.g. https://api.openai.com/v1
                             */
                            baseUrl: string;
                            /**
                             * @description Runs of this judge at once, across servers
                             * @default 4
                             */
                            concurrency?: number;
                            /** @enum {string} */
                            kind: "llm";
                            /**
                             * @description Attempts before a run is failed with its reason
                             * @default 5
                             */
                            maxAttempts?: number;
                            model: string;
                            /** @description The verdict passes when this question is answered with one of these values */
                            pass: {
                                question: string;
                                values: string[];
                            };
                            /** @description Price per million tokens, to record each run’s cost */
                            pricing?: {
                                inputPerMillion: number;
                                outputPerMillion: number;
                            };
                            /** @description Template: {{field}} is the item data field, {{metadata.key}} a metadata value, {{externalId}} */
                            prompt: string;
                            /** @description Project questions the judge answers (default: every single/multi choice, rating and text one) */
                            questions?: string[];
                            /** @description Calls per minute, across servers */
                            ratePerMinute?: number;
                            /**
                             * @description Calls per item; their agreement is the confidence
                             * @default 1
                             */
                            samples?: number;
                            system?: string;
                            /** @default 0 */
                            temperature?: number;
                            /**
                             * @description Per call
                             * @default 30000
                             */
                            timeoutMs?: number;
                        } | {
                            /**
                             * @description Runs of this judge at once, across servers
                             * @default 4
                             */
                            concurrency?: number;
                            /** @enum {string} */
                            kind: "webhook";
                            /**
                             * @description Attempts before a run is failed with its reason
                             * @default 5
                             */
                            maxAttempts?: number;
                            /** @description Calls per minute, across servers */
                            ratePerMinute?: number;
                            /**
                             * @description Per call
                             * @default 30000
                             */
                            timeoutMs?: number;
                            /**
                             * Format: uri
                             * @description Receives POST {judge, item}; answers {pass, score?, answers?, reason?}
                             */
                            url: string;
                        };
                        /** @description Unique in the project; routing rules read `judge.<name>.pass` */
                        name: string;
                    };
                };
            };
            responses: {
                /** @description The judge at version 1 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            config: {
                                checks: ({
                                    /**
                                     * @default match
                                     * @enum {string}
                                     */
                                    expect: "match" | "no_match";
                                    /** @default  */
                                    flags: string;
                                    pattern: string;
                                    /** @enum {string} */
                                    type: "regex";
                                } | {
                                    /** @default false */
                                    caseSensitive: boolean;
                                    /** @enum {string} */
                                    type: "contains";
                                    value: string;
                                } | {
                                    /** @default false */
                                    caseSensitive: boolean;
                                    /** @enum {string} */
                                    type: "not_contains";
                                    value: string;
                                } | {
                                    max?: number;
                                    min?: number;
                                    /** @enum {string} */
                                    type: "length";
                                } | {
                                    /** @description A JSON Schema the parsed value must satisfy */
                                    schema?: {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    type: "json";
                                } | {
                                    /**
                                     * @default [
                                     *       "email",
                                     *       "phone",
                                     *       "card",
                                     *       "iban"
                                     *     ]
                                     */
                                    detect: ("email" | "phone" | "card" | "iban")[];
                                    /** @enum {string} */
                                    type: "pii";
                                })[];
                                /**
                                 * @description Runs of this judge at once, across servers
                                 * @default 4
                                 */
                                concurrency: number;
                                /**
                                 * @description The item data field the checks read
                                 * @default output
                                 */
                                field: string;
                                /** @enum {string} */
                                kind: "rule";
                                /**
                                 * @description Attempts before a run is failed with its reason
                                 * @default 5
                                 */
                                maxAttempts: number;
                                /** @description Calls per minute, across servers */
                                ratePerMinute?: number;
                                /**
                                 * @description Per call
                                 * @default 30000
                                 */
                                timeoutMs: number;
                            } | {
                                /** @description Name of the server environment variable holding the API key; the key is never stored or returned */
                                apiKeyEnv?: string;
                                /**
                                 * Format: uri
                                 * @description An OpenAI-compatible API, e.g. https://api.openai.com/v1
                                 */
                                baseUrl: string;
                                /**
                                 * @description Runs of this judge at once, across servers
                                 * @default 4
                                 */
                                concurrency: number;
                                /** @enum {string} */
                                kind: "llm";
                                /**
                                 * @description Attempts before a run is failed with its reason
                                 * @default 5
                                 */
                                maxAttempts: number;
                                model: string;
                                /** @description The verdict passes when this question is answered with one of these values */
                                pass: {
                                    question: string;
                                    values: string[];
                                };
                                /** @description Price per million tokens, to record each run’s cost */
                                pricing?: {
                                    inputPerMillion: number;
                                    outputPerMillion: number;
                                };
                                /** @description Template: {{field}} is the item data field, {{metadata.key}} a metadata value, {{externalId}} */
                                prompt: string;
                                /** @description Project questions the judge answers (default: every single/multi choice, rating and text one) */
                                questions?: string[];
                                /** @description Calls per minute, across servers */
                                ratePerMinute?: number;
                                /**
                                 * @description Calls per item; their agreement is the confidence
                                 * @default 1
                                 */
                                samples: number;
                                system?: string;
                                /** @default 0 */
                                temperature: number;
                                /**
                                 * @description Per call
                                 * @default 30000
                                 */
                                timeoutMs: number;
                            } | {
                                /**
                                 * @description Runs of this judge at once, across servers
                                 * @default 4
                                 */
                                concurrency: number;
                                /** @enum {string} */
                                kind: "webhook";
                                /**
                                 * @description Attempts before a run is failed with its reason
                                 * @default 5
                                 */
                                maxAttempts: number;
                                /** @description Calls per minute, across servers */
                                ratePerMinute?: number;
                                /**
                                 * @description Per call
                                 * @default 30000
                                 */
                                timeoutMs: number;
                                /**
                                 * Format: uri
                                 * @description Receives POST {judge, item}; answers {pass, score?, answers?, reason?}
                                 */
                                url: string;
                            };
                            createdAt: string;
                            name: string;
                            updatedAt: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/judges/{judge}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One judge and its current settings
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Unique in the project; routing rules read `judge.<name>.pass` */
                    judge: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The judge and its current settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "name": "faithful",
                         *       "version": 2,
                         *       "config": {
                         *         "kind": "llm",
                         *         "baseUrl": "https://api.openai.com/v1",
                         *         "model": "gpt-4o-mini",
                         *         "apiKeyEnv": "OPENAI_API_KEY",
                         *         "prompt": "Question: {{input}}\nAnswer: {{output}}\nIs the answer faithful to the question?",
                         *         "questions": [
                         *           "verdict"
                         *         ],
                         *         "pass": {
                         *           "question": "verdict",
                         *           "values": [
                         *             "pass"
                         *           ]
                         *         },
                         *         "temperature": 0,
                         *         "samples": 3,
                         *         "pricing": {
                         *           "inputPerMillion": 0.15,
                         *           "outputPerMillion": 0.6
                         *         },
                         *         "concurrency": 4,
                         *         "ratePerMinute": 600,
                         *         "maxAttempts": 5,
                         *         "timeoutMs": 30000
                         *       },
                         *       "createdAt": "2026-11-21T09:30:00.000Z",
                         *       "updatedAt": "2026-11-22T10:00:00.000Z"
                         *     }
                         */
                        "application/json": {
                            config: {
                                checks: ({
                                    /**
                                     * @default match
                                     * @enum {string}
                                     */
                                    expect: "match" | "no_match";
                                    /** @default  */
                                    flags: string;
                                    pattern: string;
                                    /** @enum {string} */
                                    type: "regex";
                                } | {
                                    /** @default false */
                                    caseSensitive: boolean;
                                    /** @enum {string} */
                                    type: "contains";
                                    value: string;
                                } | {
                                    /** @default false */
                                    caseSensitive: boolean;
                                    /** @enum {string} */
                                    type: "not_contains";
                                    value: string;
                                } | {
                                    max?: number;
                                    min?: number;
                                    /** @enum {string} */
                                    type: "length";
                                } | {
                                    /** @description A JSON Schema the parsed value must satisfy */
                                    schema?: {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    type: "json";
                                } | {
                                    /**
                                     * @default [
                                     *       "email",
                                     *       "phone",
                                     *       "card",
                                     *       "iban"
                                     *     ]
                                     */
                                    detect: ("email" | "phone" | "card" | "iban")[];
                                    /** @enum {string} */
                                    type: "pii";
                                })[];
                                /**
                                 * @description Runs of this judge at once, across servers
                                 * @default 4
                                 */
                                concurrency: number;
                                /**
                                 * @description The item data field the checks read
                                 * @default output
                                 */
                                field: string;
                                /** @enum {string} */
                                kind: "rule";
                                /**
                                 * @description Attempts before a run is failed with its reason
                                 * @default 5
                                 */
                                maxAttempts: number;
                                /** @description Calls per minute, across servers */
                                ratePerMinute?: number;
                                /**
                                 * @description Per call
                                 * @default 30000
                                 */
                                timeoutMs: number;
                            } | {
                                /** @description Name of the server environment variable holding the API key; the key is never stored or returned */
                                apiKeyEnv?: string;
                                /**
                                 * Format: uri
                                 * @description An OpenAI-compatible API, e.g. https://api.openai.com/v1
                                 */
                                baseUrl: string;
                                /**
                                 * @description Runs of this judge at once, across servers
                                 * @default 4
                                 */
                                concurrency: number;
                                /** @enum {string} */
                                kind: "llm";
                                /**
                                 * @description Attempts before a run is failed with its reason
                                 * @default 5
                                 */
                                maxAttempts: number;
                                model: string;
                                /** @description The verdict passes when this question is answered with one of these values */
                                pass: {
                                    question: string;
                                    values: string[];
                                };
                                /** @description Price per million tokens, to record each run’s cost */
                                pricing?: {
                                    inputPerMillion: number;
                                    outputPerMillion: number;
                                };
                                /** @description Template: {{field}} is the item data field, {{metadata.key}} a metadata value, {{externalId}} */
                                prompt: string;
                                /** @description Project questions the judge answers (default: every single/multi choice, rating and text one) */
                                questions?: string[];
                                /** @description Calls per minute, across servers */
                                ratePerMinute?: number;
                                /**
                                 * @description Calls per item; their agreement is the confidence
                                 * @default 1
                                 */
                                samples: number;
                                system?: string;
                                /** @default 0 */
                                temperature: number;
                                /**
                                 * @description Per call
                                 * @default 30000
                                 */
                                timeoutMs: number;
                            } | {
                                /**
                                 * @description Runs of this judge at once, across servers
                                 * @default 4
                                 */
                                concurrency: number;
                                /** @enum {string} */
                                kind: "webhook";
                                /**
                                 * @description Attempts before a run is failed with its reason
                                 * @default 5
                                 */
                                maxAttempts: number;
                                /** @description Calls per minute, across servers */
                                ratePerMinute?: number;
                                /**
                                 * @description Per call
                                 * @default 30000
                                 */
                                timeoutMs: number;
                                /**
                                 * Format: uri
                                 * @description Receives POST {judge, item}; answers {pass, score?, answers?, reason?}
                                 */
                                url: string;
                            };
                            createdAt: string;
                            name: string;
                            updatedAt: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /**
         * New settings: a new version (runs of older versions keep theirs)
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Unique in the project; routing rules read `judge.<name>.pass` */
                    judge: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "config": {
                     *         "kind": "llm",
                     *         "baseUrl": "https://api.openai.com/v1",
                     *         "model": "gpt-4o-mini",
                     *         "apiKeyEnv": "OPENAI_API_KEY",
                     *         "prompt": "Question: {{input}}\nAnswer: {{output}}\nIs the answer faithful to the question?",
                     *         "questions": [
                     *           "verdict"
                     *         ],
                     *         "pass": {
                     *           "question": "verdict",
                     *           "values": [
                     *             "pass"
                     *           ]
                     *         },
                     *         "temperature": 0,
                     *         "samples": 3,
                     *         "pricing": {
                     *           "inputPerMillion": 0.15,
                     *           "outputPerMillion": 0.6
                     *         },
                     *         "concurrency": 4,
                     *         "ratePerMinute": 600,
                     *         "maxAttempts": 5,
                     *         "timeoutMs": 30000
                     *       }
                     *     }
                     */
                    "application/json": {
                        config: {
                            checks: ({
                                /**
                                 * @default match
                                 * @enum {string}
                                 */
                                expect?: "match" | "no_match";
                                /** @default  */
                                flags?: string;
                                pattern: string;
                                /** @enum {string} */
                                type: "regex";
                            } | {
                                /** @default false */
                                caseSensitive?: boolean;
                                /** @enum {string} */
                                type: "contains";
                                value: string;
                            } | {
                                /** @default false */
                                caseSensitive?: boolean;
                                /** @enum {string} */
                                type: "not_contains";
                                value: string;
                            } | {
                                max?: number;
                                min?: number;
                                /** @enum {string} */
                                type: "length";
                            } | {
                                /** @description A JSON Schema the parsed value must satisfy */
                                schema?: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                type: "json";
                            } | {
                                /**
                                 * @default [
                                 *       "email",
                                 *       "phone",
                                 *       "card",
                                 *       "iban"
                                 *     ]
                                 */
                                detect?: ("email" | "phone" | "card" | "iban")[];
                                /** @enum {string} */
                                type: "pii";
                            })[];
                            /**
                             * @description Runs of this judge at once, across servers
                             * @default 4
                             */
                            concurrency?: number;
                            /**
                             * @description The item data field the checks read
                             * @default output
                             */
                            field?: string;
                            /** @enum {string} */
                            kind: "rule";
                            /**
                             * @description Attempts before a run is failed with its reason
                             * @default 5
                             */
                            maxAttempts?: number;
                            /** @description Calls per minute, across servers */
                            ratePerMinute?: number;
                            /**
                             * @description Per call
                             * @default 30000
                             */
                            timeoutMs?: number;
                        } | {
                            /** @description Name of the server environment variable holding the API key; the key is never stored or returned */
                            apiKeyEnv?: string;
                            /**
                             * Format: uri
                             * @description An OpenAI-compatible API, e.g. https://api.openai.com/v1
                             */
                            baseUrl: string;
                            /**
                             * @description Runs of this judge at once, across servers
                             * @default 4
                             */
                            concurrency?: number;
                            /** @enum {string} */
                            kind: "llm";
                            /**
                             * @description Attempts before a run is failed with its reason
                             * @default 5
                             */
                            maxAttempts?: number;
                            model: string;
                            /** @description The verdict passes when this question is answered with one of these values */
                            pass: {
                                question: string;
                                values: string[];
                            };
                            /** @description Price per million tokens, to record each run’s cost */
                            pricing?: {
                                inputPerMillion: number;
                                outputPerMillion: number;
                            };
                            /** @description Template: {{field}} is the item data field, {{metadata.key}} a metadata value, {{externalId}} */
                            prompt: string;
                            /** @description Project questions the judge answers (default: every single/multi choice, rating and text one) */
                            questions?: string[];
                            /** @description Calls per minute, across servers */
                            ratePerMinute?: number;
                            /**
                             * @description Calls per item; their agreement is the confidence
                             * @default 1
                             */
                            samples?: number;
                            system?: string;
                            /** @default 0 */
                            temperature?: number;
                            /**
                             * @description Per call
                             * @default 30000
                             */
                            timeoutMs?: number;
                        } | {
                            /**
                             * @description Runs of this judge at once, across servers
                             * @default 4
                             */
                            concurrency?: number;
                            /** @enum {string} */
                            kind: "webhook";
                            /**
                             * @description Attempts before a run is failed with its reason
                             * @default 5
                             */
                            maxAttempts?: number;
                            /** @description Calls per minute, across servers */
                            ratePerMinute?: number;
                            /**
                             * @description Per call
                             * @default 30000
                             */
                            timeoutMs?: number;
                            /**
                             * Format: uri
                             * @description Receives POST {judge, item}; answers {pass, score?, answers?, reason?}
                             */
                            url: string;
                        };
                    };
                };
            };
            responses: {
                /** @description The judge at its new version (the same version when nothing changed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            config: {
                                checks: ({
                                    /**
                                     * @default match
                                     * @enum {string}
                                     */
                                    expect: "match" | "no_match";
                                    /** @default  */
                                    flags: string;
                                    pattern: string;
                                    /** @enum {string} */
                                    type: "regex";
                                } | {
                                    /** @default false */
                                    caseSensitive: boolean;
                                    /** @enum {string} */
                                    type: "contains";
                                    value: string;
                                } | {
                                    /** @default false */
                                    caseSensitive: boolean;
                                    /** @enum {string} */
                                    type: "not_contains";
                                    value: string;
                                } | {
                                    max?: number;
                                    min?: number;
                                    /** @enum {string} */
                                    type: "length";
                                } | {
                                    /** @description A JSON Schema the parsed value must satisfy */
                                    schema?: {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    type: "json";
                                } | {
                                    /**
                                     * @default [
                                     *       "email",
                                     *       "phone",
                                     *       "card",
                                     *       "iban"
                                     *     ]
                                     */
                                    detect: ("email" | "phone" | "card" | "iban")[];
                                    /** @enum {string} */
                                    type: "pii";
                                })[];
                                /**
                                 * @description Runs of this judge at once, across servers
                                 * @default 4
                                 */
                                concurrency: number;
                                /**
                                 * @description The item data field the checks read
                                 * @default output
                                 */
                                field: string;
                                /** @enum {string} */
                                kind: "rule";
                                /**
                                 * @description Attempts before a run is failed with its reason
                                 * @default 5
                                 */
                                maxAttempts: number;
                                /** @description Calls per minute, across servers */
                                ratePerMinute?: number;
                                /**
                                 * @description Per call
                                 * @default 30000
                                 */
                                timeoutMs: number;
                            } | {
                                /** @description Name of the server environment variable holding the API key; the key is never stored or returned */
                                apiKeyEnv?: string;
                                /**
                                 * Format: uri
                                 * @description An OpenAI-compatible API, e.g. https://api.openai.com/v1
                                 */
                                baseUrl: string;
                                /**
                                 * @description Runs of this judge at once, across servers
                                 * @default 4
                                 */
                                concurrency: number;
                                /** @enum {string} */
                                kind: "llm";
                                /**
                                 * @description Attempts before a run is failed with its reason
                                 * @default 5
                                 */
                                maxAttempts: number;
                                model: string;
                                /** @description The verdict passes when this question is answered with one of these values */
                                pass: {
                                    question: string;
                                    values: string[];
                                };
                                /** @description Price per million tokens, to record each run’s cost */
                                pricing?: {
                                    inputPerMillion: number;
                                    outputPerMillion: number;
                                };
                                /** @description Template: {{field}} is the item data field, {{metadata.key}} a metadata value, {{externalId}} */
                                prompt: string;
                                /** @description Project questions the judge answers (default: every single/multi choice, rating and text one) */
                                questions?: string[];
                                /** @description Calls per minute, across servers */
                                ratePerMinute?: number;
                                /**
                                 * @description Calls per item; their agreement is the confidence
                                 * @default 1
                                 */
                                samples: number;
                                system?: string;
                                /** @default 0 */
                                temperature: number;
                                /**
                                 * @description Per call
                                 * @default 30000
                                 */
                                timeoutMs: number;
                            } | {
                                /**
                                 * @description Runs of this judge at once, across servers
                                 * @default 4
                                 */
                                concurrency: number;
                                /** @enum {string} */
                                kind: "webhook";
                                /**
                                 * @description Attempts before a run is failed with its reason
                                 * @default 5
                                 */
                                maxAttempts: number;
                                /** @description Calls per minute, across servers */
                                ratePerMinute?: number;
                                /**
                                 * @description Per call
                                 * @default 30000
                                 */
                                timeoutMs: number;
                                /**
                                 * Format: uri
                                 * @description Receives POST {judge, item}; answers {pass, score?, answers?, reason?}
                                 */
                                url: string;
                            };
                            createdAt: string;
                            name: string;
                            updatedAt: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/judges/{judge}/calibration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per version: the judge against people's decisions (κ, accuracy, precision/recall/F1 of fail, confusion)
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: {
                    minKappa?: string;
                    minPairs?: string;
                    /** @description Comma-separated answers that mean pass (default: the llm judge’s) */
                    passValues?: string;
                    /** @description Human question that says pass/fail (default: the llm judge’s) */
                    question?: string;
                };
                header?: never;
                path: {
                    /** @description Unique in the project; routing rules read `judge.<name>.pass` */
                    judge: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Per judge version, newest first: agreement with people and whether it is calibrated; trusted = the current version is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "judge": "faithful",
                         *       "question": "verdict",
                         *       "passValues": [
                         *         "pass"
                         *       ],
                         *       "minKappa": 0.6,
                         *       "minPairs": 20,
                         *       "versions": [
                         *         {
                         *           "version": 2,
                         *           "pairs": 120,
                         *           "kappa": 0.71,
                         *           "accuracy": 0.9,
                         *           "fail": {
                         *             "precision": 0.8,
                         *             "recall": 0.75,
                         *             "f1": 0.77
                         *           },
                         *           "confusion": {
                         *             "judgePassHumanPass": 84,
                         *             "judgePassHumanFail": 5,
                         *             "judgeFailHumanPass": 7,
                         *             "judgeFailHumanFail": 24
                         *           },
                         *           "perQuestion": {
                         *             "verdict": {
                         *               "pairs": 120,
                         *               "kappa": 0.71
                         *             }
                         *           },
                         *           "calibrated": true,
                         *           "flag": null
                         *         }
                         *       ],
                         *       "trusted": true
                         *     }
                         */
                        "application/json": {
                            judge: string;
                            minKappa: number;
                            minPairs: number;
                            passValues: string[];
                            question: string;
                            /** @description The current version is calibrated: its verdict may be relied on */
                            trusted: boolean;
                            /** @description Newest first */
                            versions: {
                                accuracy: number | null;
                                calibrated: boolean;
                                /** @description Counts of (judge verdict, human verdict) */
                                confusion: {
                                    judgeFailHumanFail: number;
                                    judgeFailHumanPass: number;
                                    judgePassHumanFail: number;
                                    judgePassHumanPass: number;
                                };
                                fail: {
                                    f1: number | null;
                                    precision: number | null;
                                    recall: number | null;
                                };
                                /** @description Why the version is not calibrated */
                                flag: string | null;
                                /** @description Cohen's κ of pass/fail; null when undefined (one category only) */
                                kappa: number | null;
                                /** @description Items with both a verdict of this version and a human decision */
                                pairs: number;
                                perQuestion: {
                                    [key: string]: {
                                        kappa: number | null;
                                        pairs: number;
                                    };
                                };
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/judges/{judge}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Runs of a version (default: the current one), by id, with their verdicts or failure reasons
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Cursor: the last run id seen */
                    after?: string;
                    limit?: string;
                    state?: "queued" | "running" | "done" | "failed";
                    version?: string;
                };
                header?: never;
                path: {
                    /** @description Unique in the project; routing rules read `judge.<name>.pass` */
                    judge: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of runs with their verdicts (or failure reasons), and the cursor for the next */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "runs": [
                         *         {
                         *           "id": 17,
                         *           "itemId": 42,
                         *           "version": 2,
                         *           "state": "done",
                         *           "pass": false,
                         *           "score": 0.33,
                         *           "confidence": 0.67,
                         *           "answers": {
                         *             "verdict": "fail"
                         *           },
                         *           "reason": "The answer cites a refund policy the question never mentions.",
                         *           "error": null,
                         *           "attempts": 1,
                         *           "inputTokens": 412,
                         *           "outputTokens": 38,
                         *           "cost": 0.000085,
                         *           "latencyMs": 640,
                         *           "createdAt": "2026-11-22T10:00:00.000Z",
                         *           "finishedAt": "2026-11-22T10:00:01.000Z"
                         *         }
                         *       ],
                         *       "next": null
                         *     }
                         */
                        "application/json": {
                            /** @description Pass as `after` for the next page */
                            next: number | null;
                            runs: {
                                answers: {
                                    [key: string]: unknown;
                                } | null;
                                attempts: number;
                                /** @description Agreement of the samples (llm with samples > 1) */
                                confidence: number | null;
                                cost: number | null;
                                createdAt: string;
                                /** @description Why the run failed (or why its last attempt did) */
                                error: string | null;
                                finishedAt: string | null;
                                id: number;
                                inputTokens: number | null;
                                itemId: number;
                                latencyMs: number | null;
                                outputTokens: number | null;
                                pass: boolean | null;
                                reason: string | null;
                                score: number | null;
                                /** @enum {string} */
                                state: "queued" | "running" | "done" | "failed";
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Run the current version over items (default: all) that have no run of it yet; runs are jobs
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Unique in the project; routing rules read `judge.<name>.pass` */
                    judge: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "itemIds": [
                     *         41,
                     *         42
                     *       ],
                     *       "retryFailed": false
                     *     }
                     */
                    "application/json": {
                        /** @description Default: every item */
                        itemIds?: number[];
                        /**
                         * @description Queue failed runs of the current version again
                         * @default false
                         */
                        retryFailed?: boolean;
                    };
                };
            };
            responses: {
                /** @description How many runs were queued, how many items had one already, and ids not in the project */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Items with a run of this version already (queued, done or failed) */
                            alreadyRun: number;
                            /** @description Item ids that are not in the project */
                            missing: number[];
                            /** @description Runs queued now */
                            queued: number;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/judges/{judge}/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One run
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Unique in the project; routing rules read `judge.<name>.pass` */
                    judge: string;
                    project: string;
                    runId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The run */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": 17,
                         *       "itemId": 42,
                         *       "version": 2,
                         *       "state": "done",
                         *       "pass": false,
                         *       "score": 0.33,
                         *       "confidence": 0.67,
                         *       "answers": {
                         *         "verdict": "fail"
                         *       },
                         *       "reason": "The answer cites a refund policy the question never mentions.",
                         *       "error": null,
                         *       "attempts": 1,
                         *       "inputTokens": 412,
                         *       "outputTokens": 38,
                         *       "cost": 0.000085,
                         *       "latencyMs": 640,
                         *       "createdAt": "2026-11-22T10:00:00.000Z",
                         *       "finishedAt": "2026-11-22T10:00:01.000Z"
                         *     }
                         */
                        "application/json": {
                            answers: {
                                [key: string]: unknown;
                            } | null;
                            attempts: number;
                            /** @description Agreement of the samples (llm with samples > 1) */
                            confidence: number | null;
                            cost: number | null;
                            createdAt: string;
                            /** @description Why the run failed (or why its last attempt did) */
                            error: string | null;
                            finishedAt: string | null;
                            id: number;
                            inputTokens: number | null;
                            itemId: number;
                            latencyMs: number | null;
                            outputTokens: number | null;
                            pass: boolean | null;
                            reason: string | null;
                            score: number | null;
                            /** @enum {string} */
                            state: "queued" | "running" | "done" | "failed";
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/judges/{judge}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current version's runs: counts per state, pass rate, tokens, cost, latency
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Unique in the project; routing rules read `judge.<name>.pass` */
                    judge: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts per state, pass rate, tokens, cost and latency of the current version's runs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "name": "faithful",
                         *       "version": 2,
                         *       "counts": {
                         *         "queued": 3,
                         *         "running": 1,
                         *         "done": 180,
                         *         "failed": 2
                         *       },
                         *       "passRate": 0.86,
                         *       "inputTokens": 91200,
                         *       "outputTokens": 7300,
                         *       "cost": 0.0211,
                         *       "latencyMs": {
                         *         "p50": 640,
                         *         "p95": 1450
                         *       }
                         *     }
                         */
                        "application/json": {
                            cost: number | null;
                            counts: {
                                [key: string]: number;
                            };
                            inputTokens: number;
                            latencyMs: {
                                p50: number | null;
                                p95: number | null;
                            };
                            name: string;
                            outputTokens: number;
                            /** @description Among done runs of this version */
                            passRate: number | null;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/judges/{judge}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of the judge, newest first
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Unique in the project; routing rules read `judge.<name>.pass` */
                    judge: string;
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every version, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "versions": [
                         *         {
                         *           "version": 2,
                         *           "config": {
                         *             "kind": "llm",
                         *             "baseUrl": "https://api.openai.com/v1",
                         *             "model": "gpt-4o-mini",
                         *             "apiKeyEnv": "OPENAI_API_KEY",
                         *             "prompt": "Question: {{input}}\nAnswer: {{output}}\nIs the answer faithful to the question?",
                         *             "questions": [
                         *               "verdict"
                         *             ],
                         *             "pass": {
                         *               "question": "verdict",
                         *               "values": [
                         *                 "pass"
                         *               ]
                         *             },
                         *             "temperature": 0,
                         *             "samples": 3,
                         *             "pricing": {
                         *               "inputPerMillion": 0.15,
                         *               "outputPerMillion": 0.6
                         *             },
                         *             "concurrency": 4,
                         *             "ratePerMinute": 600,
                         *             "maxAttempts": 5,
                         *             "timeoutMs": 30000
                         *           },
                         *           "createdAt": "2026-11-21T09:30:00.000Z"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            versions: {
                                config: {
                                    checks: ({
                                        /**
                                         * @default match
                                         * @enum {string}
                                         */
                                        expect: "match" | "no_match";
                                        /** @default  */
                                        flags: string;
                                        pattern: string;
                                        /** @enum {string} */
                                        type: "regex";
                                    } | {
                                        /** @default false */
                                        caseSensitive: boolean;
                                        /** @enum {string} */
                                        type: "contains";
                                        value: string;
                                    } | {
                                        /** @default false */
                                        caseSensitive: boolean;
                                        /** @enum {string} */
                                        type: "not_contains";
                                        value: string;
                                    } | {
                                        max?: number;
                                        min?: number;
                                        /** @enum {string} */
                                        type: "length";
                                    } | {
                                        /** @description A JSON Schema the parsed value must satisfy */
                                        schema?: {
                                            [key: string]: unknown;
                                        };
                                        /** @enum {string} */
                                        type: "json";
                                    } | {
                                        /**
                                         * @default [
                                         *       "email",
                                         *       "phone",
                                         *       "card",
                                         *       "iban"
                                         *     ]
                                         */
                                        detect: ("email" | "phone" | "card" | "iban")[];
                                        /** @enum {string} */
                                        type: "pii";
                                    })[];
                                    /**
                                     * @description Runs of this judge at once, across servers
                                     * @default 4
                                     */
                                    concurrency: number;
                                    /**
                                     * @description The item data field the checks read
                                     * @default output
                                     */
                                    field: string;
                                    /** @enum {string} */
                                    kind: "rule";
                                    /**
                                     * @description Attempts before a run is failed with its reason
                                     * @default 5
                                     */
                                    maxAttempts: number;
                                    /** @description Calls per minute, across servers */
                                    ratePerMinute?: number;
                                    /**
                                     * @description Per call
                                     * @default 30000
                                     */
                                    timeoutMs: number;
                                } | {
                                    /** @description Name of the server environment variable holding the API key; the key is never stored or returned */
                                    apiKeyEnv?: string;
                                    /**
                                     * Format: uri
                                     * @description An OpenAI-compatible API, e.g. https://api.openai.com/v1
                                     */
                                    baseUrl: string;
                                    /**
                                     * @description Runs of this judge at once, across servers
                                     * @default 4
                                     */
                                    concurrency: number;
                                    /** @enum {string} */
                                    kind: "llm";
                                    /**
                                     * @description Attempts before a run is failed with its reason
                                     * @default 5
                                     */
                                    maxAttempts: number;
                                    model: string;
                                    /** @description The verdict passes when this question is answered with one of these values */
                                    pass: {
                                        question: string;
                                        values: string[];
                                    };
                                    /** @description Price per million tokens, to record each run’s cost */
                                    pricing?: {
                                        inputPerMillion: number;
                                        outputPerMillion: number;
                                    };
                                    /** @description Template: {{field}} is the item data field, {{metadata.key}} a metadata value, {{externalId}} */
                                    prompt: string;
                                    /** @description Project questions the judge answers (default: every single/multi choice, rating and text one) */
                                    questions?: string[];
                                    /** @description Calls per minute, across servers */
                                    ratePerMinute?: number;
                                    /**
                                     * @description Calls per item; their agreement is the confidence
                                     * @default 1
                                     */
                                    samples: number;
                                    system?: string;
                                    /** @default 0 */
                                    temperature: number;
                                    /**
                                     * @description Per call
                                     * @default 30000
                                     */
                                    timeoutMs: number;
                                } | {
                                    /**
                                     * @description Runs of this judge at once, across servers
                                     * @default 4
                                     */
                                    concurrency: number;
                                    /** @enum {string} */
                                    kind: "webhook";
                                    /**
                                     * @description Attempts before a run is failed with its reason
                                     * @default 5
                                     */
                                    maxAttempts: number;
                                    /** @description Calls per minute, across servers */
                                    ratePerMinute?: number;
                                    /**
                                     * @description Per call
                                     * @default 30000
                                     */
                                    timeoutMs: number;
                                    /**
                                     * Format: uri
                                     * @description Receives POST {judge, item}; answers {pass, score?, answers?, reason?}
                                     */
                                    url: string;
                                };
                                createdAt: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who may see and work on the project (empty: everyone), with their project roles
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Who may work on the project (empty: everyone), with their project roles */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "userIds": [
                         *         2,
                         *         3
                         *       ],
                         *       "members": [
                         *         {
                         *           "userId": 2,
                         *           "role": null
                         *         },
                         *         {
                         *           "userId": 3,
                         *           "role": "manager"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            members: {
                                /** @description Their role in this project; null: their own role */
                                role: ("annotator" | "reviewer" | "expert" | "viewer" | "engineer" | "manager") | null;
                                userId: number;
                            }[];
                            userIds: number[];
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /**
         * Set who may see and work on the project; a manager setting it stays a member
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "userIds": [
                     *         2,
                     *         3,
                     *         4
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Empty: open to everyone */
                        userIds: number[];
                    };
                };
            };
            responses: {
                /** @description The members now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            members: {
                                /** @description Their role in this project; null: their own role */
                                role: ("annotator" | "reviewer" | "expert" | "viewer" | "engineer" | "manager") | null;
                                userId: number;
                            }[];
                            userIds: number[];
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add a member, or change their role in this project (null: their own role)
         * @description A project role replaces the person's own role on this project's routes only (admins are admins everywhere). Adding the first member restricts the project to its members; a manager who does so stays a member.
         *
         *     **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "role": "reviewer"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Their role in this project; null: their own role. Replaces their role on this project only
                         * @default null
                         */
                        role?: ("annotator" | "reviewer" | "expert" | "viewer" | "engineer" | "manager") | null;
                    };
                };
            };
            responses: {
                /** @description The member with their project role */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Their role in this project; null: their own role */
                            role: ("annotator" | "reviewer" | "expert" | "viewer" | "engineer" | "manager") | null;
                            userId: number;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove a member (removing the last one opens the project to everyone)
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example spam-triage */
                    project: string;
                    /** @example 3 */
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The person is no longer a member */
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/model/backend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's ML backend and its health
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The project's ML backend: settings and health (null when it has none) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "backend": {
                         *         "settings": {
                         *           "url": "https://ml.example.com",
                         *           "protocol": "label_studio",
                         *           "question": "verdict",
                         *           "authHeaderEnv": "ML_BACKEND_TOKEN",
                         *           "timeoutMs": 10000,
                         *           "batchSize": 20,
                         *           "predictOnIngest": true,
                         *           "sendDecisions": false
                         *         },
                         *         "health": {
                         *           "status": "up",
                         *           "modelVersion": "keywords-3",
                         *           "lastError": null,
                         *           "lastCallAt": "2026-11-21T09:45:00.000Z",
                         *           "lastOkAt": "2026-11-21T09:45:00.000Z",
                         *           "checkedAt": "2026-11-21T09:40:00.000Z"
                         *         },
                         *         "pendingJobs": 0
                         *       }
                         *     }
                         */
                        "application/json": {
                            backend: {
                                health: {
                                    /** @description Last health check (Check now, or when the settings were saved) */
                                    checkedAt: string | null;
                                    lastCallAt: string | null;
                                    lastError: string | null;
                                    lastOkAt: string | null;
                                    /** @description The model version the backend last reported */
                                    modelVersion: string | null;
                                    /**
                                     * @description up: the last call worked; down: it failed (see lastError); unknown: no call yet
                                     * @enum {string}
                                     */
                                    status: "unknown" | "up" | "down";
                                };
                                /** @description Prediction and training calls queued or running */
                                pendingJobs: number;
                                settings: {
                                    /** @description Name of the server environment variable whose value is sent as the Authorization header (e.g. "Bearer …" or "Basic …"); never stored or returned */
                                    authHeaderEnv?: string;
                                    /**
                                     * @description Items per /predict call (one job each)
                                     * @default 20
                                     */
                                    batchSize: number;
                                    /**
                                     * @description Ask for predictions of new items as they arrive
                                     * @default true
                                     */
                                    predictOnIngest: boolean;
                                    /**
                                     * @description label_studio: Label Studio's ML backend API, so existing backends work unchanged; tandem: the simpler JSON variant
                                     * @default label_studio
                                     * @enum {string}
                                     */
                                    protocol: "label_studio" | "tandem";
                                    question: string;
                                    /**
                                     * @description POST an ANNOTATION_CREATED webhook per human decision (for backends that learn online)
                                     * @default false
                                     */
                                    sendDecisions: boolean;
                                    /**
                                     * @description Per call
                                     * @default 10000
                                     */
                                    timeoutMs: number;
                                    /**
                                     * Format: uri
                                     * @description Base URL of the model server (…/health, …/setup, …/predict, …/webhook). Non-public addresses are refused unless TANDEM_WEBHOOK_ALLOW_HOSTS lists them
                                     */
                                    url: string;
                                };
                            } | null;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /**
         * Set the ML backend that predicts a choice question (Label Studio ML backend API or Tandem JSON)
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "url": "https://ml.example.com",
                     *       "protocol": "label_studio",
                     *       "question": "verdict",
                     *       "authHeaderEnv": "ML_BACKEND_TOKEN",
                     *       "timeoutMs": 10000,
                     *       "batchSize": 20,
                     *       "predictOnIngest": true,
                     *       "sendDecisions": false
                     *     }
                     */
                    "application/json": {
                        /** @description Name of the server environment variable whose value is sent as the Authorization header (e.g. "Bearer …" or "Basic …"); never stored or returned */
                        authHeaderEnv?: string;
                        /**
                         * @description Items per /predict call (one job each)
                         * @default 20
                         */
                        batchSize?: number;
                        /**
                         * @description Ask for predictions of new items as they arrive
                         * @default true
                         */
                        predictOnIngest?: boolean;
                        /**
                         * @description label_studio: Label Studio's ML backend API, so existing backends work unchanged; tandem: the simpler JSON variant
                         * @default label_studio
                         * @enum {string}
                         */
                        protocol?: "label_studio" | "tandem";
                        /** @description The choice question it predicts (default: the first single- or multi-choice question) */
                        question?: string;
                        /**
                         * @description POST an ANNOTATION_CREATED webhook per human decision (for backends that learn online)
                         * @default false
                         */
                        sendDecisions?: boolean;
                        /**
                         * @description Per call
                         * @default 10000
                         */
                        timeoutMs?: number;
                        /**
                         * Format: uri
                         * @description Base URL of the model server (…/health, …/setup, …/predict, …/webhook). Non-public addresses are refused unless TANDEM_WEBHOOK_ALLOW_HOSTS lists them
                         */
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Saved, then checked at once: the settings and the health the check found (a backend that is down is still saved) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            health: {
                                /** @description Last health check (Check now, or when the settings were saved) */
                                checkedAt: string | null;
                                lastCallAt: string | null;
                                lastError: string | null;
                                lastOkAt: string | null;
                                /** @description The model version the backend last reported */
                                modelVersion: string | null;
                                /**
                                 * @description up: the last call worked; down: it failed (see lastError); unknown: no call yet
                                 * @enum {string}
                                 */
                                status: "unknown" | "up" | "down";
                            };
                            /** @description Prediction and training calls queued or running */
                            pendingJobs: number;
                            settings: {
                                /** @description Name of the server environment variable whose value is sent as the Authorization header (e.g. "Bearer …" or "Basic …"); never stored or returned */
                                authHeaderEnv?: string;
                                /**
                                 * @description Items per /predict call (one job each)
                                 * @default 20
                                 */
                                batchSize: number;
                                /**
                                 * @description Ask for predictions of new items as they arrive
                                 * @default true
                                 */
                                predictOnIngest: boolean;
                                /**
                                 * @description label_studio: Label Studio's ML backend API, so existing backends work unchanged; tandem: the simpler JSON variant
                                 * @default label_studio
                                 * @enum {string}
                                 */
                                protocol: "label_studio" | "tandem";
                                question: string;
                                /**
                                 * @description POST an ANNOTATION_CREATED webhook per human decision (for backends that learn online)
                                 * @default false
                                 */
                                sendDecisions: boolean;
                                /**
                                 * @description Per call
                                 * @default 10000
                                 */
                                timeoutMs: number;
                                /**
                                 * Format: uri
                                 * @description Base URL of the model server (…/health, …/setup, …/predict, …/webhook). Non-public addresses are refused unless TANDEM_WEBHOOK_ALLOW_HOSTS lists them
                                 */
                                url: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove the project's ML backend
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example spam-triage */
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The backend is removed; predictions it made stay */
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/model/backend/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the ML backend's health now
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Health now: GET /health (and POST /setup for Label Studio backends), recorded and returned */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "settings": {
                         *         "url": "https://ml.example.com",
                         *         "protocol": "label_studio",
                         *         "question": "verdict",
                         *         "authHeaderEnv": "ML_BACKEND_TOKEN",
                         *         "timeoutMs": 10000,
                         *         "batchSize": 20,
                         *         "predictOnIngest": true,
                         *         "sendDecisions": false
                         *       },
                         *       "health": {
                         *         "status": "up",
                         *         "modelVersion": "keywords-3",
                         *         "lastError": null,
                         *         "lastCallAt": "2026-11-21T09:45:00.000Z",
                         *         "lastOkAt": "2026-11-21T09:45:00.000Z",
                         *         "checkedAt": "2026-11-21T09:40:00.000Z"
                         *       },
                         *       "pendingJobs": 0
                         *     }
                         */
                        "application/json": {
                            health: {
                                /** @description Last health check (Check now, or when the settings were saved) */
                                checkedAt: string | null;
                                lastCallAt: string | null;
                                lastError: string | null;
                                lastOkAt: string | null;
                                /** @description The model version the backend last reported */
                                modelVersion: string | null;
                                /**
                                 * @description up: the last call worked; down: it failed (see lastError); unknown: no call yet
                                 * @enum {string}
                                 */
                                status: "unknown" | "up" | "down";
                            };
                            /** @description Prediction and training calls queued or running */
                            pendingJobs: number;
                            settings: {
                                /** @description Name of the server environment variable whose value is sent as the Authorization header (e.g. "Bearer …" or "Basic …"); never stored or returned */
                                authHeaderEnv?: string;
                                /**
                                 * @description Items per /predict call (one job each)
                                 * @default 20
                                 */
                                batchSize: number;
                                /**
                                 * @description Ask for predictions of new items as they arrive
                                 * @default true
                                 */
                                predictOnIngest: boolean;
                                /**
                                 * @description label_studio: Label Studio's ML backend API, so existing backends work unchanged; tandem: the simpler JSON variant
                                 * @default label_studio
                                 * @enum {string}
                                 */
                                protocol: "label_studio" | "tandem";
                                question: string;
                                /**
                                 * @description POST an ANNOTATION_CREATED webhook per human decision (for backends that learn online)
                                 * @default false
                                 */
                                sendDecisions: boolean;
                                /**
                                 * @description Per call
                                 * @default 10000
                                 */
                                timeoutMs: number;
                                /**
                                 * Format: uri
                                 * @description Base URL of the model server (…/health, …/setup, …/predict, …/webhook). Non-public addresses are refused unless TANDEM_WEBHOOK_ALLOW_HOSTS lists them
                                 */
                                url: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/model/backend/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the ML backend again for every undecided item nobody has started
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued: one model.backend_predict job per batch of undecided, unstarted items */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": 1200,
                         *       "jobs": 60
                         *     }
                         */
                        "application/json": {
                            /** @description Undecided, unstarted items asked for */
                            items: number;
                            /** @description model.backend_predict jobs queued (one per batch) */
                            jobs: number;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/model/calibration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accuracy by confidence band, calibration error and the auto-accept threshold for a target error
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: {
                    question?: string;
                    targetError?: number;
                };
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reliability per model version and the suggested auto-accept threshold with its error interval */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "question": "verdict",
                         *       "recalibrated": false,
                         *       "targetError": 0.01,
                         *       "versions": [
                         *         {
                         *           "version": 4,
                         *           "judged": 420,
                         *           "accuracy": 0.94,
                         *           "expectedCalibrationError": 0.031,
                         *           "expectedCalibrationErrorIsotonic": 0.012,
                         *           "bands": [
                         *             {
                         *               "from": 0.5,
                         *               "to": 0.6,
                         *               "count": 30,
                         *               "meanConfidence": 0.55,
                         *               "accuracy": 0.6
                         *             },
                         *             {
                         *               "from": 0.9,
                         *               "to": 1,
                         *               "count": 300,
                         *               "meanConfidence": 0.97,
                         *               "accuracy": 0.99
                         *             }
                         *           ],
                         *           "isotonic": [
                         *             {
                         *               "from": 0.5,
                         *               "calibrated": 0.6
                         *             },
                         *             {
                         *               "from": 0.93,
                         *               "calibrated": 0.992
                         *             }
                         *           ]
                         *         }
                         *       ],
                         *       "all": {
                         *         "version": null,
                         *         "judged": 420,
                         *         "accuracy": 0.94,
                         *         "expectedCalibrationError": 0.031,
                         *         "expectedCalibrationErrorIsotonic": 0.012,
                         *         "bands": [
                         *           {
                         *             "from": 0.5,
                         *             "to": 0.6,
                         *             "count": 30,
                         *             "meanConfidence": 0.55,
                         *             "accuracy": 0.6
                         *           },
                         *           {
                         *             "from": 0.9,
                         *             "to": 1,
                         *             "count": 300,
                         *             "meanConfidence": 0.97,
                         *             "accuracy": 0.99
                         *           }
                         *         ],
                         *         "isotonic": [
                         *           {
                         *             "from": 0.5,
                         *             "calibrated": 0.6
                         *           },
                         *           {
                         *             "from": 0.93,
                         *             "calibrated": 0.992
                         *           }
                         *         ]
                         *       },
                         *       "suggested": {
                         *         "threshold": 0.93,
                         *         "autoAcceptedShare": 0.64,
                         *         "estimatedError": 0.008,
                         *         "errorInterval": {
                         *           "low": 0.004,
                         *           "high": 0.015
                         *         },
                         *         "count": 269
                         *       },
                         *       "conservative": null
                         *     }
                         */
                        "application/json": {
                            /** @description Every judged prediction together: what the advice reads */
                            all: {
                                accuracy: number | null;
                                bands: {
                                    accuracy: number;
                                    count: number;
                                    from: number;
                                    meanConfidence: number;
                                    to: number;
                                }[];
                                expectedCalibrationError: number | null;
                                /** @description After isotonic recalibration, measured 2-fold (fit on one half, scored on the other) */
                                expectedCalibrationErrorIsotonic: number | null;
                                isotonic: {
                                    calibrated: number;
                                    from: number;
                                }[];
                                /** @description Predictions people have since decided on */
                                judged: number;
                                /** @description Built-in model version; null for predictions that came with the items */
                                version: number | null;
                            };
                            /** @description Lowest threshold whose 95 % upper error bound is within the target */
                            conservative: {
                                autoAcceptedShare: number;
                                count: number;
                                errorInterval: {
                                    high: number;
                                    low: number;
                                };
                                estimatedError: number;
                                threshold: number;
                            } | null;
                            question: string;
                            /** @description true: the newest version maps its confidences (isotonic); the figures below read the calibrated ones */
                            recalibrated: boolean;
                            /** @description Lowest threshold whose observed error is within the target */
                            suggested: {
                                autoAcceptedShare: number;
                                count: number;
                                errorInterval: {
                                    high: number;
                                    low: number;
                                };
                                estimatedError: number;
                                threshold: number;
                            } | null;
                            targetError: number;
                            versions: {
                                accuracy: number | null;
                                bands: {
                                    accuracy: number;
                                    count: number;
                                    from: number;
                                    meanConfidence: number;
                                    to: number;
                                }[];
                                expectedCalibrationError: number | null;
                                /** @description After isotonic recalibration, measured 2-fold (fit on one half, scored on the other) */
                                expectedCalibrationErrorIsotonic: number | null;
                                isotonic: {
                                    calibrated: number;
                                    from: number;
                                }[];
                                /** @description Predictions people have since decided on */
                                judged: number;
                                /** @description Built-in model version; null for predictions that came with the items */
                                version: number | null;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/model/train": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a training run of the built-in model on the human decisions so far
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "question": "verdict"
                     *     }
                     */
                    "application/json": {
                        /** @description Default: the first choice question */
                        question?: string;
                    };
                };
            };
            responses: {
                /** @description Queued: the training job id (null when a run for this question was already waiting); a question the project's ML backend predicts gets a START_TRAINING call instead */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description true: the question's ML backend was asked to train (START_TRAINING) instead */
                            backend: boolean;
                            /** @description null: a training run for this question was already queued */
                            jobId: number | null;
                            question: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/model/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of the built-in model: labels used and held-out accuracy (the learning curve)
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every model version, oldest first, with the labels it used and its held-out accuracy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "versions": [
                         *         {
                         *           "question": "verdict",
                         *           "version": 4,
                         *           "source": "builtin",
                         *           "externalVersion": null,
                         *           "calibration": null,
                         *           "labelsUsed": 200,
                         *           "heldOutAccuracy": 0.95,
                         *           "heldOut": 40,
                         *           "trainMs": 180,
                         *           "refreshed": 1150,
                         *           "rerouted": 312,
                         *           "createdAt": "2026-11-21T09:45:00.000Z"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            versions: {
                                /** @description The isotonic map applied to its confidences (policy model.calibrate = isotonic); null: raw */
                                calibration: {
                                    calibrated: number;
                                    from: number;
                                }[] | null;
                                createdAt: string;
                                /** @description The ML backend's own name for the version */
                                externalVersion: string | null;
                                heldOut: number;
                                heldOutAccuracy: number | null;
                                labelsUsed: number;
                                question: string;
                                refreshed: number | null;
                                rerouted: number | null;
                                /**
                                 * @description builtin: trained here; backend: reported by the project's ML backend
                                 * @enum {string}
                                 */
                                source: "builtin" | "backend";
                                trainMs: number;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/notification-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's notification channels (Slack URLs are never shown)
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The project's notification channels */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "channels": [
                         *         {
                         *           "id": 2,
                         *           "kind": "slack",
                         *           "name": "#agent-approvals",
                         *           "target": "hooks.slack.com (URL hidden)",
                         *           "events": [],
                         *           "createdAt": "2026-11-21T09:30:00.000Z"
                         *         },
                         *         {
                         *           "id": 3,
                         *           "kind": "email",
                         *           "name": "Email to approvers",
                         *           "target": "project approvers",
                         *           "events": [
                         *             "approval.escalated",
                         *             "approval.timed_out"
                         *           ],
                         *           "createdAt": "2026-11-21T09:31:00.000Z"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            channels: {
                                createdAt: string;
                                events: ("approval.waiting" | "approval.escalated" | "approval.timed_out")[];
                                id: number;
                                /** @enum {string} */
                                kind: "slack" | "email";
                                name: string;
                                /** @description Where it goes: the Slack URL's host only (the URL is a secret), or 'project approvers' */
                                target: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a notification channel: a Slack-compatible incoming webhook, or email to the approvers
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "kind": "slack",
                     *       "name": "#agent-approvals",
                     *       "url": "https://hooks.slack.com/services/T000/B000/XXXX",
                     *       "events": []
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Events to send; empty means all
                         * @default []
                         */
                        events?: ("approval.waiting" | "approval.escalated" | "approval.timed_out")[];
                        /** @enum {string} */
                        kind: "slack" | "email";
                        /** @description Shown in the project settings */
                        name?: string;
                        /**
                         * Format: uri
                         * @description Slack only: the incoming-webhook URL (a secret, never shown again). Checked like webhook targets: local and private addresses need TANDEM_WEBHOOK_ALLOW_HOSTS
                         */
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description The channel (a Slack URL is never shown again) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            events: ("approval.waiting" | "approval.escalated" | "approval.timed_out")[];
                            id: number;
                            /** @enum {string} */
                            kind: "slack" | "email";
                            name: string;
                            /** @description Where it goes: the Slack URL's host only (the URL is a secret), or 'project approvers' */
                            target: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/notification-channels/{channelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a notification channel
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 2 */
                    channelId: string;
                    /** @example agent */
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The channel is removed */
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's current routing, queue and consensus policy
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The current policy and its version (0: the built-in default) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "version": 2,
                         *       "policy": {
                         *         "rules": [
                         *           {
                         *             "name": "confident",
                         *             "when": {
                         *               "confidence": {
                         *                 "gte": 0.95
                         *               }
                         *             },
                         *             "then": {
                         *               "action": "auto_accept"
                         *             }
                         *           }
                         *         ],
                         *         "default": {
                         *           "action": "review",
                         *           "k": 3,
                         *           "role": "annotator",
                         *           "priority": 0
                         *         },
                         *         "auditRate": 0.02,
                         *         "leaseSeconds": 600,
                         *         "blind": false,
                         *         "consensus": {
                         *           "threshold": 0.66,
                         *           "method": "majority",
                         *           "ratingAggregate": "mean",
                         *           "adjudicatorRole": "reviewer",
                         *           "redecide": true
                         *         },
                         *         "quality": {
                         *           "goldRate": 0.1,
                         *           "pauseBelowAccuracy": 0,
                         *           "pauseAfterGold": 10,
                         *           "rubberStamp": {
                         *             "minWrongPrelabels": 5,
                         *             "maxAcceptRate": 0.5
                         *           },
                         *           "minSecondsPerTask": 2
                         *         }
                         *       },
                         *       "createdAt": "2026-11-21T09:30:00.000Z"
                         *     }
                         */
                        "application/json": {
                            createdAt: string | null;
                            policy: {
                                /** @description For approval projects: what happens when nobody decides in time */
                                approval?: {
                                    /**
                                     * @default reject
                                     * @enum {string}
                                     */
                                    defaultOutcome: "approve" | "reject" | "escalate";
                                    /**
                                     * @default expert
                                     * @enum {string}
                                     */
                                    escalateRole: "annotator" | "reviewer" | "expert";
                                    timeoutSeconds: number;
                                };
                                /**
                                 * @description Share of auto-accepted items also sent to review, chosen reproducibly per item
                                 * @default 0
                                 */
                                auditRate: number;
                                /**
                                 * @description Hide the model's prediction and confidence from people working the queue
                                 * @default false
                                 */
                                blind: boolean;
                                /**
                                 * @default {
                                 *       "threshold": 0.66,
                                 *       "method": "majority",
                                 *       "ratingAggregate": "mean",
                                 *       "adjudicatorRole": "reviewer",
                                 *       "redecide": true
                                 *     }
                                 */
                                consensus: {
                                    /**
                                     * @default reviewer
                                     * @enum {string}
                                     */
                                    adjudicatorRole: "annotator" | "reviewer" | "expert";
                                    /**
                                     * @description Choice questions: plain majority, a vote with log-odds weights (from gold or the annotator model), or Dawid-Skene
                                     * @default majority
                                     * @enum {string}
                                     */
                                    method: "majority" | "weighted" | "dawid_skene";
                                    /**
                                     * @default mean
                                     * @enum {string}
                                     */
                                    ratingAggregate: "mean" | "median";
                                    /**
                                     * @description weighted / dawid_skene: re-make consensus decisions whose label a refit of the annotator model changes
                                     * @default true
                                     */
                                    redecide: boolean;
                                    /**
                                     * @description At or above: decided; below: adjudication
                                     * @default 0.66
                                     */
                                    threshold: number;
                                };
                                /**
                                 * @default {
                                 *       "action": "review",
                                 *       "k": 1,
                                 *       "role": "annotator",
                                 *       "priority": 0
                                 *     }
                                 */
                                default: {
                                    /** @enum {string} */
                                    action: "auto_accept";
                                } | {
                                    /** @enum {string} */
                                    action: "review";
                                    /**
                                     * @description Distinct people who answer each item
                                     * @default 1
                                     */
                                    k: number;
                                    /** @default 0 */
                                    priority: number;
                                    /**
                                     * @default annotator
                                     * @enum {string}
                                     */
                                    role: "annotator" | "reviewer" | "expert";
                                } | {
                                    /** @enum {string} */
                                    action: "escalate";
                                    /** @default 1 */
                                    k: number;
                                    /** @default 0 */
                                    priority: number;
                                    /**
                                     * @default expert
                                     * @enum {string}
                                     */
                                    role: "annotator" | "reviewer" | "expert";
                                } | {
                                    /** @enum {string} */
                                    action: "hold";
                                };
                                /** @default 600 */
                                leaseSeconds: number;
                                /** @description The built-in model (issue 12): when it retrains on its own */
                                model?: {
                                    /**
                                     * @description isotonic: map each new version's confidences through an isotonic fit to its held-out human decisions; routing and advice read the calibrated value (the raw one is kept)
                                     * @enum {string}
                                     */
                                    calibrate?: "isotonic" | "none";
                                    /** @description The choice question it learns (default: the first) */
                                    question?: string;
                                    /** @description Retrain the built-in model after this many new human decisions (checked each minute) */
                                    retrainEvery?: number;
                                };
                                /**
                                 * @description The order in which people get open items within a priority level (issue 12 point 2)
                                 * @default {
                                 *       "strategy": "oldest",
                                 *       "measure": "least_confidence",
                                 *       "exploration": 0
                                 *     }
                                 */
                                ordering: {
                                    /**
                                     * @description Share of items placed at random positions instead (uncertainty strategies)
                                     * @default 0
                                     */
                                    exploration: number;
                                    /**
                                     * @description How uncertainty is measured (Settles 2009, §3.1)
                                     * @default least_confidence
                                     * @enum {string}
                                     */
                                    measure: "least_confidence" | "margin" | "entropy";
                                    /**
                                     * @description oldest: arrival order; uncertainty: what the model is least sure of first; uncertainty_diversity: the same without a run of near-duplicates; random
                                     * @default oldest
                                     * @enum {string}
                                     */
                                    strategy: "oldest" | "uncertainty" | "uncertainty_diversity" | "random";
                                };
                                /**
                                 * @default {
                                 *       "goldRate": 0.1,
                                 *       "pauseBelowAccuracy": 0,
                                 *       "pauseAfterGold": 10,
                                 *       "rubberStamp": {
                                 *         "minWrongPrelabels": 5,
                                 *         "maxAcceptRate": 0.5
                                 *       },
                                 *       "minSecondsPerTask": 2
                                 *     }
                                 */
                                quality: {
                                    /** @description Ask for a break after this many tasks or minutes without a pause of breakMinutes */
                                    fatigue?: {
                                        /** @default 10 */
                                        breakMinutes: number;
                                        maxSessionMinutes?: number;
                                        maxTasksPerSession?: number;
                                    };
                                    /**
                                     * @description Share of claims served from gold items
                                     * @default 0.1
                                     */
                                    goldRate: number;
                                    /**
                                     * @description Flag people whose median time is below this
                                     * @default 2
                                     */
                                    minSecondsPerTask: number;
                                    /**
                                     * @description …once they answered this many gold items
                                     * @default 10
                                     */
                                    pauseAfterGold: number;
                                    /**
                                     * @description Pause a person whose gold accuracy falls below this (0 = never)
                                     * @default 0
                                     */
                                    pauseBelowAccuracy: number;
                                    /**
                                     * @description Flag people who accept deliberately wrong pre-labels on gold more often than this
                                     * @default {
                                     *       "minWrongPrelabels": 5,
                                     *       "maxAcceptRate": 0.5
                                     *     }
                                     */
                                    rubberStamp: {
                                        /** @default 0.5 */
                                        maxAcceptRate: number;
                                        /** @default 5 */
                                        minWrongPrelabels: number;
                                    };
                                };
                                /**
                                 * @description Evaluated in order; the first that matches decides
                                 * @default []
                                 */
                                rules: {
                                    name?: string;
                                    then: {
                                        /** @enum {string} */
                                        action: "auto_accept";
                                    } | {
                                        /** @enum {string} */
                                        action: "review";
                                        /**
                                         * @description Distinct people who answer each item
                                         * @default 1
                                         */
                                        k: number;
                                        /** @default 0 */
                                        priority: number;
                                        /**
                                         * @default annotator
                                         * @enum {string}
                                         */
                                        role: "annotator" | "reviewer" | "expert";
                                    } | {
                                        /** @enum {string} */
                                        action: "escalate";
                                        /** @default 1 */
                                        k: number;
                                        /** @default 0 */
                                        priority: number;
                                        /**
                                         * @default expert
                                         * @enum {string}
                                         */
                                        role: "annotator" | "reviewer" | "expert";
                                    } | {
                                        /** @enum {string} */
                                        action: "hold";
                                    };
                                    /** @description Every condition given must hold; an empty condition always holds */
                                    when: {
                                        confidence?: {
                                            gt?: number;
                                            gte?: number;
                                            lt?: number;
                                            lte?: number;
                                        };
                                        hasPrediction?: boolean;
                                        /** @description Judges' latest verdicts on the item (issue 13); a judge with no verdict yet matches nothing */
                                        judges?: {
                                            [key: string]: {
                                                /** @description true: the judge could not give a verdict (its run failed) */
                                                failed?: boolean;
                                                /** @description judge.<name>.pass */
                                                pass?: boolean;
                                                /** @description judge.<name>.score */
                                                score?: {
                                                    gt?: number;
                                                    gte?: number;
                                                    lt?: number;
                                                    lte?: number;
                                                };
                                            };
                                        };
                                        /** @description true: at least one judge passes the item and another fails it */
                                        judgesDisagree?: boolean;
                                        metadata?: {
                                            [key: string]: string | number | boolean;
                                        };
                                        risk?: ("low" | "medium" | "high") | ("low" | "medium" | "high")[];
                                        tags?: {
                                            all?: string[];
                                            any?: string[];
                                        };
                                    };
                                }[];
                            };
                            /** @description 0 is the built-in default */
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /**
         * Set a new policy version; items routed from now on record it
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "rules": [
                     *         {
                     *           "name": "confident",
                     *           "when": {
                     *             "confidence": {
                     *               "gte": 0.95
                     *             }
                     *           },
                     *           "then": {
                     *             "action": "auto_accept"
                     *           }
                     *         }
                     *       ],
                     *       "default": {
                     *         "action": "review",
                     *         "k": 3,
                     *         "role": "annotator"
                     *       },
                     *       "auditRate": 0.02,
                     *       "consensus": {
                     *         "threshold": 0.66,
                     *         "adjudicatorRole": "reviewer"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description For approval projects: what happens when nobody decides in time */
                        approval?: {
                            /**
                             * @default reject
                             * @enum {string}
                             */
                            defaultOutcome?: "approve" | "reject" | "escalate";
                            /**
                             * @default expert
                             * @enum {string}
                             */
                            escalateRole?: "annotator" | "reviewer" | "expert";
                            timeoutSeconds: number;
                        };
                        /**
                         * @description Share of auto-accepted items also sent to review, chosen reproducibly per item
                         * @default 0
                         */
                        auditRate?: number;
                        /**
                         * @description Hide the model's prediction and confidence from people working the queue
                         * @default false
                         */
                        blind?: boolean;
                        /**
                         * @default {
                         *       "threshold": 0.66,
                         *       "method": "majority",
                         *       "ratingAggregate": "mean",
                         *       "adjudicatorRole": "reviewer",
                         *       "redecide": true
                         *     }
                         */
                        consensus?: {
                            /**
                             * @default reviewer
                             * @enum {string}
                             */
                            adjudicatorRole?: "annotator" | "reviewer" | "expert";
                            /**
                             * @description Choice questions: plain majority, a vote with log-odds weights (from gold or the annotator model), or Dawid-Skene
                             * @default majority
                             * @enum {string}
                             */
                            method?: "majority" | "weighted" | "dawid_skene";
                            /**
                             * @default mean
                             * @enum {string}
                             */
                            ratingAggregate?: "mean" | "median";
                            /**
                             * @description weighted / dawid_skene: re-make consensus decisions whose label a refit of the annotator model changes
                             * @default true
                             */
                            redecide?: boolean;
                            /**
                             * @description At or above: decided; below: adjudication
                             * @default 0.66
                             */
                            threshold?: number;
                        };
                        /**
                         * @default {
                         *       "action": "review",
                         *       "k": 1,
                         *       "role": "annotator",
                         *       "priority": 0
                         *     }
                         */
                        default?: {
                            /** @enum {string} */
                            action: "auto_accept";
                        } | {
                            /** @enum {string} */
                            action: "review";
                            /**
                             * @description Distinct people who answer each item
                             * @default 1
                             */
                            k?: number;
                            /** @default 0 */
                            priority?: number;
                            /**
                             * @default annotator
                             * @enum {string}
                             */
                            role?: "annotator" | "reviewer" | "expert";
                        } | {
                            /** @enum {string} */
                            action: "escalate";
                            /** @default 1 */
                            k?: number;
                            /** @default 0 */
                            priority?: number;
                            /**
                             * @default expert
                             * @enum {string}
                             */
                            role?: "annotator" | "reviewer" | "expert";
                        } | {
                            /** @enum {string} */
                            action: "hold";
                        };
                        /** @default 600 */
                        leaseSeconds?: number;
                        /** @description The built-in model (issue 12): when it retrains on its own */
                        model?: {
                            /**
                             * @description isotonic: map each new version's confidences through an isotonic fit to its held-out human decisions; routing and advice read the calibrated value (the raw one is kept)
                             * @enum {string}
                             */
                            calibrate?: "isotonic" | "none";
                            /** @description The choice question it learns (default: the first) */
                            question?: string;
                            /** @description Retrain the built-in model after this many new human decisions (checked each minute) */
                            retrainEvery?: number;
                        };
                        /**
                         * @description The order in which people get open items within a priority level (issue 12 point 2)
                         * @default {
                         *       "strategy": "oldest",
                         *       "measure": "least_confidence",
                         *       "exploration": 0
                         *     }
                         */
                        ordering?: {
                            /**
                             * @description Share of items placed at random positions instead (uncertainty strategies)
                             * @default 0
                             */
                            exploration?: number;
                            /**
                             * @description How uncertainty is measured (Settles 2009, §3.1)
                             * @default least_confidence
                             * @enum {string}
                             */
                            measure?: "least_confidence" | "margin" | "entropy";
                            /**
                             * @description oldest: arrival order; uncertainty: what the model is least sure of first; uncertainty_diversity: the same without a run of near-duplicates; random
                             * @default oldest
                             * @enum {string}
                             */
                            strategy?: "oldest" | "uncertainty" | "uncertainty_diversity" | "random";
                        };
                        /**
                         * @default {
                         *       "goldRate": 0.1,
                         *       "pauseBelowAccuracy": 0,
                         *       "pauseAfterGold": 10,
                         *       "rubberStamp": {
                         *         "minWrongPrelabels": 5,
                         *         "maxAcceptRate": 0.5
                         *       },
                         *       "minSecondsPerTask": 2
                         *     }
                         */
                        quality?: {
                            /** @description Ask for a break after this many tasks or minutes without a pause of breakMinutes */
                            fatigue?: {
                                /** @default 10 */
                                breakMinutes?: number;
                                maxSessionMinutes?: number;
                                maxTasksPerSession?: number;
                            };
                            /**
                             * @description Share of claims served from gold items
                             * @default 0.1
                             */
                            goldRate?: number;
                            /**
                             * @description Flag people whose median time is below this
                             * @default 2
                             */
                            minSecondsPerTask?: number;
                            /**
                             * @description …once they answered this many gold items
                             * @default 10
                             */
                            pauseAfterGold?: number;
                            /**
                             * @description Pause a person whose gold accuracy falls below this (0 = never)
                             * @default 0
                             */
                            pauseBelowAccuracy?: number;
                            /**
                             * @description Flag people who accept deliberately wrong pre-labels on gold more often than this
                             * @default {
                             *       "minWrongPrelabels": 5,
                             *       "maxAcceptRate": 0.5
                             *     }
                             */
                            rubberStamp?: {
                                /** @default 0.5 */
                                maxAcceptRate?: number;
                                /** @default 5 */
                                minWrongPrelabels?: number;
                            };
                        };
                        /**
                         * @description Evaluated in order; the first that matches decides
                         * @default []
                         */
                        rules?: {
                            name?: string;
                            then: {
                                /** @enum {string} */
                                action: "auto_accept";
                            } | {
                                /** @enum {string} */
                                action: "review";
                                /**
                                 * @description Distinct people who answer each item
                                 * @default 1
                                 */
                                k?: number;
                                /** @default 0 */
                                priority?: number;
                                /**
                                 * @default annotator
                                 * @enum {string}
                                 */
                                role?: "annotator" | "reviewer" | "expert";
                            } | {
                                /** @enum {string} */
                                action: "escalate";
                                /** @default 1 */
                                k?: number;
                                /** @default 0 */
                                priority?: number;
                                /**
                                 * @default expert
                                 * @enum {string}
                                 */
                                role?: "annotator" | "reviewer" | "expert";
                            } | {
                                /** @enum {string} */
                                action: "hold";
                            };
                            /** @description Every condition given must hold; an empty condition always holds */
                            when: {
                                confidence?: {
                                    gt?: number;
                                    gte?: number;
                                    lt?: number;
                                    lte?: number;
                                };
                                hasPrediction?: boolean;
                                /** @description Judges' latest verdicts on the item (issue 13); a judge with no verdict yet matches nothing */
                                judges?: {
                                    [key: string]: {
                                        /** @description true: the judge could not give a verdict (its run failed) */
                                        failed?: boolean;
                                        /** @description judge.<name>.pass */
                                        pass?: boolean;
                                        /** @description judge.<name>.score */
                                        score?: {
                                            gt?: number;
                                            gte?: number;
                                            lt?: number;
                                            lte?: number;
                                        };
                                    };
                                };
                                /** @description true: at least one judge passes the item and another fails it */
                                judgesDisagree?: boolean;
                                metadata?: {
                                    [key: string]: string | number | boolean;
                                };
                                risk?: ("low" | "medium" | "high") | ("low" | "medium" | "high")[];
                                tags?: {
                                    all?: string[];
                                    any?: string[];
                                };
                            };
                        }[];
                    };
                };
            };
            responses: {
                /** @description The policy now in force (an unchanged policy keeps its version) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string | null;
                            policy: {
                                /** @description For approval projects: what happens when nobody decides in time */
                                approval?: {
                                    /**
                                     * @default reject
                                     * @enum {string}
                                     */
                                    defaultOutcome: "approve" | "reject" | "escalate";
                                    /**
                                     * @default expert
                                     * @enum {string}
                                     */
                                    escalateRole: "annotator" | "reviewer" | "expert";
                                    timeoutSeconds: number;
                                };
                                /**
                                 * @description Share of auto-accepted items also sent to review, chosen reproducibly per item
                                 * @default 0
                                 */
                                auditRate: number;
                                /**
                                 * @description Hide the model's prediction and confidence from people working the queue
                                 * @default false
                                 */
                                blind: boolean;
                                /**
                                 * @default {
                                 *       "threshold": 0.66,
                                 *       "method": "majority",
                                 *       "ratingAggregate": "mean",
                                 *       "adjudicatorRole": "reviewer",
                                 *       "redecide": true
                                 *     }
                                 */
                                consensus: {
                                    /**
                                     * @default reviewer
                                     * @enum {string}
                                     */
                                    adjudicatorRole: "annotator" | "reviewer" | "expert";
                                    /**
                                     * @description Choice questions: plain majority, a vote with log-odds weights (from gold or the annotator model), or Dawid-Skene
                                     * @default majority
                                     * @enum {string}
                                     */
                                    method: "majority" | "weighted" | "dawid_skene";
                                    /**
                                     * @default mean
                                     * @enum {string}
                                     */
                                    ratingAggregate: "mean" | "median";
                                    /**
                                     * @description weighted / dawid_skene: re-make consensus decisions whose label a refit of the annotator model changes
                                     * @default true
                                     */
                                    redecide: boolean;
                                    /**
                                     * @description At or above: decided; below: adjudication
                                     * @default 0.66
                                     */
                                    threshold: number;
                                };
                                /**
                                 * @default {
                                 *       "action": "review",
                                 *       "k": 1,
                                 *       "role": "annotator",
                                 *       "priority": 0
                                 *     }
                                 */
                                default: {
                                    /** @enum {string} */
                                    action: "auto_accept";
                                } | {
                                    /** @enum {string} */
                                    action: "review";
                                    /**
                                     * @description Distinct people who answer each item
                                     * @default 1
                                     */
                                    k: number;
                                    /** @default 0 */
                                    priority: number;
                                    /**
                                     * @default annotator
                                     * @enum {string}
                                     */
                                    role: "annotator" | "reviewer" | "expert";
                                } | {
                                    /** @enum {string} */
                                    action: "escalate";
                                    /** @default 1 */
                                    k: number;
                                    /** @default 0 */
                                    priority: number;
                                    /**
                                     * @default expert
                                     * @enum {string}
                                     */
                                    role: "annotator" | "reviewer" | "expert";
                                } | {
                                    /** @enum {string} */
                                    action: "hold";
                                };
                                /** @default 600 */
                                leaseSeconds: number;
                                /** @description The built-in model (issue 12): when it retrains on its own */
                                model?: {
                                    /**
                                     * @description isotonic: map each new version's confidences through an isotonic fit to its held-out human decisions; routing and advice read the calibrated value (the raw one is kept)
                                     * @enum {string}
                                     */
                                    calibrate?: "isotonic" | "none";
                                    /** @description The choice question it learns (default: the first) */
                                    question?: string;
                                    /** @description Retrain the built-in model after this many new human decisions (checked each minute) */
                                    retrainEvery?: number;
                                };
                                /**
                                 * @description The order in which people get open items within a priority level (issue 12 point 2)
                                 * @default {
                                 *       "strategy": "oldest",
                                 *       "measure": "least_confidence",
                                 *       "exploration": 0
                                 *     }
                                 */
                                ordering: {
                                    /**
                                     * @description Share of items placed at random positions instead (uncertainty strategies)
                                     * @default 0
                                     */
                                    exploration: number;
                                    /**
                                     * @description How uncertainty is measured (Settles 2009, §3.1)
                                     * @default least_confidence
                                     * @enum {string}
                                     */
                                    measure: "least_confidence" | "margin" | "entropy";
                                    /**
                                     * @description oldest: arrival order; uncertainty: what the model is least sure of first; uncertainty_diversity: the same without a run of near-duplicates; random
                                     * @default oldest
                                     * @enum {string}
                                     */
                                    strategy: "oldest" | "uncertainty" | "uncertainty_diversity" | "random";
                                };
                                /**
                                 * @default {
                                 *       "goldRate": 0.1,
                                 *       "pauseBelowAccuracy": 0,
                                 *       "pauseAfterGold": 10,
                                 *       "rubberStamp": {
                                 *         "minWrongPrelabels": 5,
                                 *         "maxAcceptRate": 0.5
                                 *       },
                                 *       "minSecondsPerTask": 2
                                 *     }
                                 */
                                quality: {
                                    /** @description Ask for a break after this many tasks or minutes without a pause of breakMinutes */
                                    fatigue?: {
                                        /** @default 10 */
                                        breakMinutes: number;
                                        maxSessionMinutes?: number;
                                        maxTasksPerSession?: number;
                                    };
                                    /**
                                     * @description Share of claims served from gold items
                                     * @default 0.1
                                     */
                                    goldRate: number;
                                    /**
                                     * @description Flag people whose median time is below this
                                     * @default 2
                                     */
                                    minSecondsPerTask: number;
                                    /**
                                     * @description …once they answered this many gold items
                                     * @default 10
                                     */
                                    pauseAfterGold: number;
                                    /**
                                     * @description Pause a person whose gold accuracy falls below this (0 = never)
                                     * @default 0
                                     */
                                    pauseBelowAccuracy: number;
                                    /**
                                     * @description Flag people who accept deliberately wrong pre-labels on gold more often than this
                                     * @default {
                                     *       "minWrongPrelabels": 5,
                                     *       "maxAcceptRate": 0.5
                                     *     }
                                     */
                                    rubberStamp: {
                                        /** @default 0.5 */
                                        maxAcceptRate: number;
                                        /** @default 5 */
                                        minWrongPrelabels: number;
                                    };
                                };
                                /**
                                 * @description Evaluated in order; the first that matches decides
                                 * @default []
                                 */
                                rules: {
                                    name?: string;
                                    then: {
                                        /** @enum {string} */
                                        action: "auto_accept";
                                    } | {
                                        /** @enum {string} */
                                        action: "review";
                                        /**
                                         * @description Distinct people who answer each item
                                         * @default 1
                                         */
                                        k: number;
                                        /** @default 0 */
                                        priority: number;
                                        /**
                                         * @default annotator
                                         * @enum {string}
                                         */
                                        role: "annotator" | "reviewer" | "expert";
                                    } | {
                                        /** @enum {string} */
                                        action: "escalate";
                                        /** @default 1 */
                                        k: number;
                                        /** @default 0 */
                                        priority: number;
                                        /**
                                         * @default expert
                                         * @enum {string}
                                         */
                                        role: "annotator" | "reviewer" | "expert";
                                    } | {
                                        /** @enum {string} */
                                        action: "hold";
                                    };
                                    /** @description Every condition given must hold; an empty condition always holds */
                                    when: {
                                        confidence?: {
                                            gt?: number;
                                            gte?: number;
                                            lt?: number;
                                            lte?: number;
                                        };
                                        hasPrediction?: boolean;
                                        /** @description Judges' latest verdicts on the item (issue 13); a judge with no verdict yet matches nothing */
                                        judges?: {
                                            [key: string]: {
                                                /** @description true: the judge could not give a verdict (its run failed) */
                                                failed?: boolean;
                                                /** @description judge.<name>.pass */
                                                pass?: boolean;
                                                /** @description judge.<name>.score */
                                                score?: {
                                                    gt?: number;
                                                    gte?: number;
                                                    lt?: number;
                                                    lte?: number;
                                                };
                                            };
                                        };
                                        /** @description true: at least one judge passes the item and another fails it */
                                        judgesDisagree?: boolean;
                                        metadata?: {
                                            [key: string]: string | number | boolean;
                                        };
                                        risk?: ("low" | "medium" | "high") | ("low" | "medium" | "high")[];
                                        tags?: {
                                            all?: string[];
                                            any?: string[];
                                        };
                                    };
                                }[];
                            };
                            /** @description 0 is the built-in default */
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/policy/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * For an overlap, consensus method and threshold: which vote splits are decided and which go to adjudication, with warnings
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "k": 3,
                     *       "method": "majority",
                     *       "threshold": 0.66
                     *     }
                     */
                    "application/json": {
                        /** @description Overlap; default: the policy default outcome's k */
                        k?: number;
                        /** @enum {string} */
                        method?: "majority" | "weighted" | "dawid_skene";
                        threshold?: number;
                    };
                };
            };
            responses: {
                /** @description Each vote split with its agreement and outcome, and warnings about the settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "k": 3,
                         *       "method": "majority",
                         *       "threshold": 0.66,
                         *       "classes": 2,
                         *       "assumedAccuracy": null,
                         *       "splits": [
                         *         {
                         *           "votes": [
                         *             3
                         *           ],
                         *           "agreement": 1,
                         *           "outcome": "decided"
                         *         },
                         *         {
                         *           "votes": [
                         *             2,
                         *             1
                         *           ],
                         *           "agreement": 0.6667,
                         *           "outcome": "decided"
                         *         }
                         *       ],
                         *       "warnings": [
                         *         "No split goes to adjudication: even 2–1 has agreement 0.67 ≥ 0.66."
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @description weighted / dawid_skene: the typical voter accuracy the figures assume (median over people the model knows) */
                            assumedAccuracy: number | null;
                            /** @description Options of the first single-choice question (2 when there is none) */
                            classes: number;
                            k: number;
                            /** @enum {string} */
                            method: "majority" | "weighted" | "dawid_skene";
                            splits: {
                                agreement: number;
                                /** @enum {string} */
                                outcome: "decided" | "adjudication";
                                /** @description How the k votes split, largest first: [2, 1] = two for one label, one for another */
                                votes: number[];
                            }[];
                            threshold: number;
                            warnings: string[];
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/policy/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every stored policy version, newest first
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every stored version, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "versions": [
                         *         {
                         *           "version": 2,
                         *           "policy": {
                         *             "rules": [
                         *               {
                         *                 "name": "confident",
                         *                 "when": {
                         *                   "confidence": {
                         *                     "gte": 0.95
                         *                   }
                         *                 },
                         *                 "then": {
                         *                   "action": "auto_accept"
                         *                 }
                         *               }
                         *             ],
                         *             "default": {
                         *               "action": "review",
                         *               "k": 3,
                         *               "role": "annotator",
                         *               "priority": 0
                         *             },
                         *             "auditRate": 0.02,
                         *             "leaseSeconds": 600,
                         *             "blind": false,
                         *             "consensus": {
                         *               "threshold": 0.66,
                         *               "method": "majority",
                         *               "ratingAggregate": "mean",
                         *               "adjudicatorRole": "reviewer",
                         *               "redecide": true
                         *             },
                         *             "quality": {
                         *               "goldRate": 0.1,
                         *               "pauseBelowAccuracy": 0,
                         *               "pauseAfterGold": 10,
                         *               "rubberStamp": {
                         *                 "minWrongPrelabels": 5,
                         *                 "maxAcceptRate": 0.5
                         *               },
                         *               "minSecondsPerTask": 2
                         *             }
                         *           },
                         *           "createdAt": "2026-11-21T09:30:00.000Z"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            versions: {
                                createdAt: string | null;
                                policy: {
                                    /** @description For approval projects: what happens when nobody decides in time */
                                    approval?: {
                                        /**
                                         * @default reject
                                         * @enum {string}
                                         */
                                        defaultOutcome: "approve" | "reject" | "escalate";
                                        /**
                                         * @default expert
                                         * @enum {string}
                                         */
                                        escalateRole: "annotator" | "reviewer" | "expert";
                                        timeoutSeconds: number;
                                    };
                                    /**
                                     * @description Share of auto-accepted items also sent to review, chosen reproducibly per item
                                     * @default 0
                                     */
                                    auditRate: number;
                                    /**
                                     * @description Hide the model's prediction and confidence from people working the queue
                                     * @default false
                                     */
                                    blind: boolean;
                                    /**
                                     * @default {
                                     *       "threshold": 0.66,
                                     *       "method": "majority",
                                     *       "ratingAggregate": "mean",
                                     *       "adjudicatorRole": "reviewer",
                                     *       "redecide": true
                                     *     }
                                     */
                                    consensus: {
                                        /**
                                         * @default reviewer
                                         * @enum {string}
                                         */
                                        adjudicatorRole: "annotator" | "reviewer" | "expert";
                                        /**
                                         * @description Choice questions: plain majority, a vote with log-odds weights (from gold or the annotator model), or Dawid-Skene
                                         * @default majority
                                         * @enum {string}
                                         */
                                        method: "majority" | "weighted" | "dawid_skene";
                                        /**
                                         * @default mean
                                         * @enum {string}
                                         */
                                        ratingAggregate: "mean" | "median";
                                        /**
                                         * @description weighted / dawid_skene: re-make consensus decisions whose label a refit of the annotator model changes
                                         * @default true
                                         */
                                        redecide: boolean;
                                        /**
                                         * @description At or above: decided; below: adjudication
                                         * @default 0.66
                                         */
                                        threshold: number;
                                    };
                                    /**
                                     * @default {
                                     *       "action": "review",
                                     *       "k": 1,
                                     *       "role": "annotator",
                                     *       "priority": 0
                                     *     }
                                     */
                                    default: {
                                        /** @enum {string} */
                                        action: "auto_accept";
                                    } | {
                                        /** @enum {string} */
                                        action: "review";
                                        /**
                                         * @description Distinct people who answer each item
                                         * @default 1
                                         */
                                        k: number;
                                        /** @default 0 */
                                        priority: number;
                                        /**
                                         * @default annotator
                                         * @enum {string}
                                         */
                                        role: "annotator" | "reviewer" | "expert";
                                    } | {
                                        /** @enum {string} */
                                        action: "escalate";
                                        /** @default 1 */
                                        k: number;
                                        /** @default 0 */
                                        priority: number;
                                        /**
                                         * @default expert
                                         * @enum {string}
                                         */
                                        role: "annotator" | "reviewer" | "expert";
                                    } | {
                                        /** @enum {string} */
                                        action: "hold";
                                    };
                                    /** @default 600 */
                                    leaseSeconds: number;
                                    /** @description The built-in model (issue 12): when it retrains on its own */
                                    model?: {
                                        /**
                                         * @description isotonic: map each new version's confidences through an isotonic fit to its held-out human decisions; routing and advice read the calibrated value (the raw one is kept)
                                         * @enum {string}
                                         */
                                        calibrate?: "isotonic" | "none";
                                        /** @description The choice question it learns (default: the first) */
                                        question?: string;
                                        /** @description Retrain the built-in model after this many new human decisions (checked each minute) */
                                        retrainEvery?: number;
                                    };
                                    /**
                                     * @description The order in which people get open items within a priority level (issue 12 point 2)
                                     * @default {
                                     *       "strategy": "oldest",
                                     *       "measure": "least_confidence",
                                     *       "exploration": 0
                                     *     }
                                     */
                                    ordering: {
                                        /**
                                         * @description Share of items placed at random positions instead (uncertainty strategies)
                                         * @default 0
                                         */
                                        exploration: number;
                                        /**
                                         * @description How uncertainty is measured (Settles 2009, §3.1)
                                         * @default least_confidence
                                         * @enum {string}
                                         */
                                        measure: "least_confidence" | "margin" | "entropy";
                                        /**
                                         * @description oldest: arrival order; uncertainty: what the model is least sure of first; uncertainty_diversity: the same without a run of near-duplicates; random
                                         * @default oldest
                                         * @enum {string}
                                         */
                                        strategy: "oldest" | "uncertainty" | "uncertainty_diversity" | "random";
                                    };
                                    /**
                                     * @default {
                                     *       "goldRate": 0.1,
                                     *       "pauseBelowAccuracy": 0,
                                     *       "pauseAfterGold": 10,
                                     *       "rubberStamp": {
                                     *         "minWrongPrelabels": 5,
                                     *         "maxAcceptRate": 0.5
                                     *       },
                                     *       "minSecondsPerTask": 2
                                     *     }
                                     */
                                    quality: {
                                        /** @description Ask for a break after this many tasks or minutes without a pause of breakMinutes */
                                        fatigue?: {
                                            /** @default 10 */
                                            breakMinutes: number;
                                            maxSessionMinutes?: number;
                                            maxTasksPerSession?: number;
                                        };
                                        /**
                                         * @description Share of claims served from gold items
                                         * @default 0.1
                                         */
                                        goldRate: number;
                                        /**
                                         * @description Flag people whose median time is below this
                                         * @default 2
                                         */
                                        minSecondsPerTask: number;
                                        /**
                                         * @description …once they answered this many gold items
                                         * @default 10
                                         */
                                        pauseAfterGold: number;
                                        /**
                                         * @description Pause a person whose gold accuracy falls below this (0 = never)
                                         * @default 0
                                         */
                                        pauseBelowAccuracy: number;
                                        /**
                                         * @description Flag people who accept deliberately wrong pre-labels on gold more often than this
                                         * @default {
                                         *       "minWrongPrelabels": 5,
                                         *       "maxAcceptRate": 0.5
                                         *     }
                                         */
                                        rubberStamp: {
                                            /** @default 0.5 */
                                            maxAcceptRate: number;
                                            /** @default 5 */
                                            minWrongPrelabels: number;
                                        };
                                    };
                                    /**
                                     * @description Evaluated in order; the first that matches decides
                                     * @default []
                                     */
                                    rules: {
                                        name?: string;
                                        then: {
                                            /** @enum {string} */
                                            action: "auto_accept";
                                        } | {
                                            /** @enum {string} */
                                            action: "review";
                                            /**
                                             * @description Distinct people who answer each item
                                             * @default 1
                                             */
                                            k: number;
                                            /** @default 0 */
                                            priority: number;
                                            /**
                                             * @default annotator
                                             * @enum {string}
                                             */
                                            role: "annotator" | "reviewer" | "expert";
                                        } | {
                                            /** @enum {string} */
                                            action: "escalate";
                                            /** @default 1 */
                                            k: number;
                                            /** @default 0 */
                                            priority: number;
                                            /**
                                             * @default expert
                                             * @enum {string}
                                             */
                                            role: "annotator" | "reviewer" | "expert";
                                        } | {
                                            /** @enum {string} */
                                            action: "hold";
                                        };
                                        /** @description Every condition given must hold; an empty condition always holds */
                                        when: {
                                            confidence?: {
                                                gt?: number;
                                                gte?: number;
                                                lt?: number;
                                                lte?: number;
                                            };
                                            hasPrediction?: boolean;
                                            /** @description Judges' latest verdicts on the item (issue 13); a judge with no verdict yet matches nothing */
                                            judges?: {
                                                [key: string]: {
                                                    /** @description true: the judge could not give a verdict (its run failed) */
                                                    failed?: boolean;
                                                    /** @description judge.<name>.pass */
                                                    pass?: boolean;
                                                    /** @description judge.<name>.score */
                                                    score?: {
                                                        gt?: number;
                                                        gte?: number;
                                                        lt?: number;
                                                        lte?: number;
                                                    };
                                                };
                                            };
                                            /** @description true: at least one judge passes the item and another fails it */
                                            judgesDisagree?: boolean;
                                            metadata?: {
                                                [key: string]: string | number | boolean;
                                            };
                                            risk?: ("low" | "medium" | "high") | ("low" | "medium" | "high")[];
                                            tags?: {
                                                all?: string[];
                                                any?: string[];
                                            };
                                        };
                                    }[];
                                };
                                /** @description 0 is the built-in default */
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Queue depth and items per status
         * @description **Who may call:** Anyone who may see the project (annotator, reviewer, expert, viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open, leased and answered slots, and items per status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "open": 118,
                         *       "leased": 2,
                         *       "done": 840,
                         *       "items": {
                         *         "queued": 120,
                         *         "decided": 280
                         *       }
                         *     }
                         */
                        "application/json": {
                            done: number;
                            /** @description Items per status */
                            items: {
                                [key: string]: number;
                            };
                            /** @description Slots someone holds now */
                            leased: number;
                            /** @description Slots waiting for someone */
                            open: number;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Items reported as having a problem (open ones, or all with ?status=all)
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: {
                    /** @description open: waiting for a manager */
                    status?: "open" | "all";
                };
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reported items, open ones first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "reports": [
                         *         {
                         *           "id": 4,
                         *           "projectId": 1,
                         *           "itemId": 42,
                         *           "reason": "The image does not load (404)",
                         *           "reportedBy": {
                         *             "id": 2,
                         *             "username": "ada"
                         *           },
                         *           "status": "open",
                         *           "createdAt": "2026-11-21T09:30:00.000Z",
                         *           "resolvedBy": null,
                         *           "resolvedAt": null,
                         *           "resolution": null
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            reports: {
                                createdAt: string;
                                id: number;
                                itemId: number;
                                projectId: number;
                                reason: string;
                                reportedBy: {
                                    id: number;
                                    username: string;
                                };
                                /** @description The manager's note */
                                resolution: string | null;
                                resolvedAt: string | null;
                                resolvedBy: {
                                    id: number;
                                    username: string;
                                } | null;
                                /** @enum {string} */
                                status: "open" | "requeued" | "closed";
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/reports/{reportId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a report: send the item back to the queue, or close it (kept out, status held)
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                    reportId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "action": "requeue",
                     *       "note": "Image fixed at the source"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description requeue: back to the queue as it was; close: keep it out (held)
                         * @enum {string}
                         */
                        action: "requeue" | "close";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The resolved report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            id: number;
                            itemId: number;
                            projectId: number;
                            reason: string;
                            reportedBy: {
                                id: number;
                                username: string;
                            };
                            /** @description The manager's note */
                            resolution: string | null;
                            resolvedAt: string | null;
                            resolvedBy: {
                                id: number;
                                username: string;
                            } | null;
                            /** @enum {string} */
                            status: "open" | "requeued" | "closed";
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's snapshots, newest first
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The snapshots, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "snapshots": [
                         *         {
                         *           "id": 3,
                         *           "projectId": 1,
                         *           "name": "train-v7",
                         *           "reason": "Training data for model v7",
                         *           "filter": {
                         *             "status": "decided"
                         *           },
                         *           "schemaHash": "9b1f0c3e7a5d4b2c8e6f1a0d3c5b7e9f2a4c6e8b0d1f3a5c7e9b2d4f6a8c0e1b",
                         *           "counts": {
                         *             "items": 280,
                         *             "decided": 280,
                         *             "perQuestion": {
                         *               "verdict": {
                         *                 "answered": 280,
                         *                 "values": {
                         *                   "spam": 120,
                         *                   "ham": 160
                         *                 }
                         *               }
                         *             }
                         *           },
                         *           "contentHash": "4e2a9c1b7d3f5e8a0c6b2d4f1a3e5c7b9d0f2a4c6e8b1d3f5a7c9e0b2d4f6a8c",
                         *           "createdBy": 1,
                         *           "createdAt": "2026-11-21T09:30:00.000Z"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            snapshots: {
                                /** @description SHA-256 over every record in order: equal hashes, equal content */
                                contentHash: string;
                                counts: {
                                    decided: number;
                                    items: number;
                                    /** @description Per question: decided answers, and per option value for choice questions */
                                    perQuestion: {
                                        [key: string]: {
                                            answered: number;
                                            values?: {
                                                [key: string]: number;
                                            };
                                        };
                                    };
                                };
                                createdAt: string;
                                createdBy: number | null;
                                filter: {
                                    [key: string]: unknown;
                                };
                                id: number;
                                name: string;
                                projectId: number;
                                reason: string;
                                /** @description SHA-256 of the label schema the snapshot was taken under (its version) */
                                schemaHash: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Take an immutable snapshot of the items a filter selects now (with their decisions)
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "train-v7",
                     *       "reason": "Training data for model v7",
                     *       "filter": {
                     *         "status": "decided"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Which items (as listing filters them); all items by default
                         * @default {}
                         */
                        filter?: {
                            maxConfidence?: number;
                            minConfidence?: number;
                            /** @enum {string} */
                            status?: "pending" | "queued" | "adjudication" | "decided" | "held" | "gold" | "reported" | "archived";
                            tag?: string;
                        };
                        /** @description A label such as "train-v7"; defaults to snapshot-<id> */
                        name?: string;
                        /** @description Why it was taken ("training data for model v7") */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The snapshot as taken: counts, label schema hash and content hash */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description SHA-256 over every record in order: equal hashes, equal content */
                            contentHash: string;
                            counts: {
                                decided: number;
                                items: number;
                                /** @description Per question: decided answers, and per option value for choice questions */
                                perQuestion: {
                                    [key: string]: {
                                        answered: number;
                                        values?: {
                                            [key: string]: number;
                                        };
                                    };
                                };
                            };
                            createdAt: string;
                            createdBy: number | null;
                            filter: {
                                [key: string]: unknown;
                            };
                            id: number;
                            name: string;
                            projectId: number;
                            reason: string;
                            /** @description SHA-256 of the label schema the snapshot was taken under (its version) */
                            schemaHash: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/snapshots/{snapshotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One snapshot: filter, label schema hash, counts, content hash, who took it and why
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                    snapshotId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The snapshot */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": 3,
                         *       "projectId": 1,
                         *       "name": "train-v7",
                         *       "reason": "Training data for model v7",
                         *       "filter": {
                         *         "status": "decided"
                         *       },
                         *       "schemaHash": "9b1f0c3e7a5d4b2c8e6f1a0d3c5b7e9f2a4c6e8b0d1f3a5c7e9b2d4f6a8c0e1b",
                         *       "counts": {
                         *         "items": 280,
                         *         "decided": 280,
                         *         "perQuestion": {
                         *           "verdict": {
                         *             "answered": 280,
                         *             "values": {
                         *               "spam": 120,
                         *               "ham": 160
                         *             }
                         *           }
                         *         }
                         *       },
                         *       "contentHash": "4e2a9c1b7d3f5e8a0c6b2d4f1a3e5c7b9d0f2a4c6e8b1d3f5a7c9e0b2d4f6a8c",
                         *       "createdBy": 1,
                         *       "createdAt": "2026-11-21T09:30:00.000Z"
                         *     }
                         */
                        "application/json": {
                            /** @description SHA-256 over every record in order: equal hashes, equal content */
                            contentHash: string;
                            counts: {
                                decided: number;
                                items: number;
                                /** @description Per question: decided answers, and per option value for choice questions */
                                perQuestion: {
                                    [key: string]: {
                                        answered: number;
                                        values?: {
                                            [key: string]: number;
                                        };
                                    };
                                };
                            };
                            createdAt: string;
                            createdBy: number | null;
                            filter: {
                                [key: string]: unknown;
                            };
                            id: number;
                            name: string;
                            projectId: number;
                            reason: string;
                            /** @description SHA-256 of the label schema the snapshot was taken under (its version) */
                            schemaHash: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/snapshots/{snapshotId}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed from an earlier snapshot (against=) to this one: added, removed, label changed per question
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query: {
                    /** @description The earlier snapshot: the diff says what changed from it to this one */
                    against: string;
                    /** @description Item ids listed per kind of change */
                    limit?: string;
                };
                header?: never;
                path: {
                    project: string;
                    snapshotId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Items added, removed and relabelled (per question) since the earlier snapshot */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "from": 2,
                         *       "to": 3,
                         *       "added": {
                         *         "count": 1,
                         *         "itemIds": [
                         *           281
                         *         ]
                         *       },
                         *       "removed": {
                         *         "count": 0,
                         *         "itemIds": []
                         *       },
                         *       "labelChanged": {
                         *         "verdict": {
                         *           "count": 1,
                         *           "itemIds": [
                         *             17
                         *           ]
                         *         }
                         *       },
                         *       "unchanged": 278
                         *     }
                         */
                        "application/json": {
                            added: {
                                count: number;
                                itemIds: number[];
                            };
                            from: number;
                            /** @description Per question: items in both whose decided answer differs */
                            labelChanged: {
                                [key: string]: {
                                    count: number;
                                    itemIds: number[];
                                };
                            };
                            removed: {
                                count: number;
                                itemIds: number[];
                            };
                            to: number;
                            unchanged: number;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/snapshots/{snapshotId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a snapshot in any format; the same snapshot and format always give the same bytes
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Which format (see GET /api/export-formats); training formats export decided items */
                    format?: "jsonl" | "csv" | "hf-jsonl" | "parquet" | "coco" | "yolo" | "conll" | "dpo" | "label-studio";
                    /** @description For single-question formats (coco, yolo, conll, dpo): which question; the first that fits by default */
                    question?: string;
                };
                header?: never;
                path: {
                    project: string;
                    snapshotId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The snapshot's records in the chosen format, byte-identical on every call */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": string;
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
    "/api/projects/{project}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dashboard figures: status counts, queue, throughput, decisions by method, agreement, people
         * @description **Who may call:** People who read project results (viewer, engineer, manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Window for throughput */
                    hours?: string;
                };
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Dashboard figures for the window */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": {
                         *         "queued": 120,
                         *         "decided": 280
                         *       },
                         *       "queue": {
                         *         "open": 118,
                         *         "leased": 2,
                         *         "done": 840
                         *       },
                         *       "bucketSeconds": 1440,
                         *       "throughput": [
                         *         {
                         *           "at": "2026-11-21T09:12:00.000Z",
                         *           "responses": 14,
                         *           "decisions": 5
                         *         }
                         *       ],
                         *       "decisionsByMethod": {
                         *         "auto": 160,
                         *         "consensus": 110,
                         *         "adjudicated": 10
                         *       },
                         *       "redecided": 4,
                         *       "agreement": [
                         *         {
                         *           "from": 0.9,
                         *           "to": 1,
                         *           "items": 95
                         *         }
                         *       ],
                         *       "annotators": [
                         *         {
                         *           "userId": 2,
                         *           "username": "ada",
                         *           "responses": 180,
                         *           "meanTimeMs": 5400
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            agreement: {
                                from: number;
                                items: number;
                                to: number;
                            }[];
                            annotators: {
                                meanTimeMs: number | null;
                                responses: number;
                                userId: number;
                                username: string;
                            }[];
                            bucketSeconds: number;
                            decisionsByMethod: {
                                [key: string]: number;
                            };
                            /** @description Items per status */
                            items: {
                                [key: string]: number;
                            };
                            queue: {
                                done: number;
                                leased: number;
                                open: number;
                            };
                            /** @description Consensus decisions a refit of the annotator model re-made (flipped labels), all time */
                            redecided: number;
                            throughput: {
                                at: string;
                                decisions: number;
                                responses: number;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/tasks/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim the next task for you (404 QUEUE_EMPTY when none; 409 LEASE_LIMIT when you hold 2)
         * @description **Who may call:** People who work in the project (annotator, reviewer, expert, manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your task and its item */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "task": {
                         *         "id": 31,
                         *         "projectId": 1,
                         *         "itemId": 42,
                         *         "phase": "review",
                         *         "role": "annotator",
                         *         "leaseExpiresAt": "2026-11-21T09:40:00.000Z"
                         *       },
                         *       "item": {
                         *         "id": 42,
                         *         "externalId": "mail-1",
                         *         "data": {
                         *           "subject": "You won!",
                         *           "from": "promo@example.com",
                         *           "body": "Claim your prize today…"
                         *         },
                         *         "prediction": {
                         *           "verdict": "spam"
                         *         },
                         *         "confidence": 0.62,
                         *         "judges": []
                         *       }
                         *     }
                         */
                        "application/json": {
                            /** @description For adjudication tasks: the responses to resolve and their agreement */
                            adjudication?: {
                                agreement: number;
                                responses: {
                                    answer: {
                                        [key: string]: unknown;
                                    };
                                    createdAt: string;
                                    id: number;
                                    timeSpentMs: number | null;
                                    userId: number;
                                    username: string;
                                }[];
                            };
                            item: {
                                confidence: number | null;
                                data: {
                                    [key: string]: unknown;
                                };
                                externalId: string | null;
                                id: number;
                                /** @description Judges' latest verdicts as pre-labels (issue 13); empty in blind projects */
                                judges: {
                                    answers: {
                                        [key: string]: unknown;
                                    } | null;
                                    judge: string;
                                    pass: boolean | null;
                                    reason: string | null;
                                    score: number | null;
                                }[];
                                prediction: {
                                    [key: string]: unknown;
                                } | null;
                            };
                            task: {
                                id: number;
                                itemId: number;
                                /** @description Heartbeat before this to keep the task */
                                leaseExpiresAt: string;
                                /** @enum {string} */
                                phase: "review" | "adjudication";
                                projectId: number;
                                role: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bring an archived project back, with its queue as it was
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The project, no longer archived */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": 1,
                         *       "slug": "spam-triage",
                         *       "name": "Spam triage",
                         *       "description": "Is this email spam?",
                         *       "guidelines": "# Spam\nMark unsolicited bulk mail as spam.",
                         *       "labelSchema": {
                         *         "questions": [
                         *           {
                         *             "name": "verdict",
                         *             "type": "single_choice",
                         *             "title": "Is this mail spam?",
                         *             "required": true,
                         *             "options": [
                         *               {
                         *                 "value": "spam",
                         *                 "label": "Spam",
                         *                 "hotkey": "1"
                         *               },
                         *               {
                         *                 "value": "ham",
                         *                 "label": "Not spam",
                         *                 "hotkey": "2"
                         *               }
                         *             ]
                         *           }
                         *         ]
                         *       },
                         *       "createdAt": "2026-11-21T09:30:00.000Z",
                         *       "updatedAt": "2026-11-21T09:30:00.000Z",
                         *       "archivedAt": null
                         *     }
                         */
                        "application/json": {
                            /** @description Set while archived: read-only, out of lists and queues */
                            archivedAt: string | null;
                            createdAt: string;
                            description: string;
                            guidelines: string;
                            id: number;
                            labelSchema: {
                                questions: ({
                                    description?: string;
                                    name: string;
                                    options: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "single_choice";
                                } | {
                                    description?: string;
                                    maxSelected?: number;
                                    minSelected?: number;
                                    name: string;
                                    options: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "multi_choice";
                                } | {
                                    description?: string;
                                    labels?: {
                                        [key: string]: string;
                                    };
                                    max: number;
                                    min: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    /** @default 1 */
                                    step: number;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "rating";
                                } | {
                                    criteria: {
                                        description?: string;
                                        labels?: {
                                            [key: string]: string;
                                        };
                                        max: number;
                                        min: number;
                                        name: string;
                                        title?: string;
                                    }[];
                                    description?: string;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "rubric";
                                } | {
                                    /** @default true */
                                    allowOverlap: boolean;
                                    description?: string;
                                    field: string;
                                    labels: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "spans";
                                } | {
                                    /** @default true */
                                    allowTie: boolean;
                                    description?: string;
                                    fields: [
                                        string,
                                        string
                                    ];
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "pairwise";
                                } | {
                                    description?: string;
                                    field: string;
                                    minCandidates?: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "ranking";
                                } | {
                                    description?: string;
                                    field?: string;
                                    /** @default 100000 */
                                    maxLength: number;
                                    minLength?: number;
                                    /** @default true */
                                    multiline: boolean;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "text";
                                } | {
                                    description?: string;
                                    field: string;
                                    labels: {
                                        hotkey?: string;
                                        label?: string;
                                        value: string;
                                    }[];
                                    maxBoxes?: number;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "bbox";
                                } | {
                                    /** @default true */
                                    allowEdit: boolean;
                                    description?: string;
                                    /** @default action */
                                    field: string;
                                    name: string;
                                    /** @default true */
                                    required: boolean;
                                    /** @default true */
                                    requireReason: boolean;
                                    title?: string;
                                    /** @enum {string} */
                                    type: "approval";
                                })[];
                            };
                            name: string;
                            slug: string;
                            updatedAt: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The project's webhooks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "webhooks": [
                         *         {
                         *           "id": 3,
                         *           "url": "https://example.com/tandem-hook",
                         *           "events": [
                         *             "item.decided"
                         *           ],
                         *           "secret": "whsec_4c1f0e6a9b2d4e8f",
                         *           "active": true,
                         *           "createdAt": "2026-11-21T09:30:00.000Z"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            webhooks: {
                                active: boolean;
                                createdAt: string;
                                events: string[];
                                id: number;
                                /** @description Verify Tandem-Signature with it */
                                secret: string;
                                url: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Subscribe a URL to events (HMAC-SHA256 signed, retried with backoff, at least once)
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "url": "https://example.com/tandem-hook",
                     *       "events": [
                     *         "item.decided"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Event types to send; empty means all
                         * @default []
                         */
                        events?: ("item.decided" | "item.queued" | "task.submitted" | "item.adjudication" | "item.timed_out")[];
                        /** @description HMAC-SHA256 key; generated when omitted */
                        secret?: string;
                        /**
                         * Format: uri
                         * @description Receives a POST per event. Loopback, private, link-local and other non-public addresses are refused unless TANDEM_WEBHOOK_ALLOW_HOSTS lists them
                         */
                        url: string;
                    };
                };
            };
            responses: {
                /** @description The webhook with its signing secret */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            createdAt: string;
                            events: string[];
                            id: number;
                            /** @description Verify Tandem-Signature with it */
                            secret: string;
                            url: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop a webhook
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example spam-triage */
                    project: string;
                    /** @example 3 */
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The webhook is removed */
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/projects/{project}/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook's recent deliveries: status, attempts, HTTP status, last error, next retry
         * @description **Who may call:** Managers of the project (manager, admin). Non-members but admins get 404.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Newest first */
                    limit?: string;
                };
                header?: never;
                path: {
                    /** @example spam-triage */
                    project: string;
                    /** @example 3 */
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The newest deliveries first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "deliveries": [
                         *         {
                         *           "id": 91,
                         *           "eventId": 87,
                         *           "eventType": "item.decided",
                         *           "status": "pending",
                         *           "attempts": 2,
                         *           "httpStatus": 503,
                         *           "lastError": "HTTP 503",
                         *           "lastAttemptAt": "2026-11-21T09:30:02.000Z",
                         *           "nextAttemptAt": "2026-11-21T09:30:06.000Z",
                         *           "deliveredAt": null,
                         *           "createdAt": "2026-11-21T09:30:00.000Z"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            deliveries: {
                                /** @description Tries so far (up to 12, with doubling backoff) */
                                attempts: number;
                                /** @description When the event happened */
                                createdAt: string;
                                deliveredAt: string | null;
                                eventId: number;
                                eventType: string;
                                /** @description The receiver's last answer; null before a try or when none came */
                                httpStatus: number | null;
                                id: number;
                                lastAttemptAt: string | null;
                                lastError: string | null;
                                /** @description When a pending delivery is tried next */
                                nextAttemptAt: string | null;
                                /**
                                 * @description pending: waiting for its first or next try
                                 * @enum {string}
                                 */
                                status: "pending" | "delivered" | "failed";
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in to the web app: exchanges an API token for an httpOnly session cookie
         * @description The cookie (tandem_session) is httpOnly and SameSite=Strict; changes made under it need the x-tandem-csrf header. Failed sign-ins are rate limited.
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
                    /**
                     * @example {
                     *       "token": "tdm_3f9c2a7b5e1d4c8a9f0b2e6d"
                     *     }
                     */
                    "application/json": {
                        /** @description An API token of yours */
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Signed in: the session cookie is set and the user comes back */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            createdAt: string;
                            displayName: string;
                            id: number;
                            /** @enum {string} */
                            role: "annotator" | "reviewer" | "expert" | "viewer" | "engineer" | "manager" | "admin";
                            username: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /**
         * Sign out of the web app (ends the session and clears its cookie)
         * @description **Who may call:** Any signed-in user.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out: the session is ended and the cookie cleared */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/tasks/{taskId}/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend your lease
         * @description **Who may call:** The person holding the task (who must still work in its project).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The task with its lease extended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": 31,
                         *       "projectId": 1,
                         *       "itemId": 42,
                         *       "phase": "review",
                         *       "role": "annotator",
                         *       "leaseExpiresAt": "2026-11-21T09:40:00.000Z"
                         *     }
                         */
                        "application/json": {
                            id: number;
                            itemId: number;
                            /** @description Heartbeat before this to keep the task */
                            leaseExpiresAt: string;
                            /** @enum {string} */
                            phase: "review" | "adjudication";
                            projectId: number;
                            role: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/tasks/{taskId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give the task back to the queue
         * @description **Who may call:** The person holding the task (who must still work in its project).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 31 */
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The task is back in the queue */
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/tasks/{taskId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a problem with your task's item (reason required): it leaves the queue for the managers' list
         * @description **Who may call:** The person holding the task (who must still work in its project).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "reason": "The image does not load (404)"
                     *     }
                     */
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The report: the item is out of the queue until a manager resolves it */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            id: number;
                            itemId: number;
                            projectId: number;
                            reason: string;
                            reportedBy: {
                                id: number;
                                username: string;
                            };
                            /** @description The manager's note */
                            resolution: string | null;
                            resolvedAt: string | null;
                            resolvedBy: {
                                id: number;
                                username: string;
                            } | null;
                            /** @enum {string} */
                            status: "open" | "requeued" | "closed";
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/tasks/{taskId}/skip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give the task back; its item is not offered to you again while other work remains
         * @description **Who may call:** The person holding the task (who must still work in its project).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 31 */
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The task is back in the queue, and its item kept away from you */
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/tasks/{taskId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit your answer (validated against the label schema; idempotent with idempotencyKey)
         * @description **Who may call:** The person holding the task (who must still work in its project).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "answer": {
                     *         "verdict": "spam"
                     *       },
                     *       "timeSpentMs": 4100,
                     *       "idempotencyKey": "a6c1e9d2-submit-31"
                     *     }
                     */
                    "application/json": {
                        /** @description Answers keyed by question name */
                        answer: {
                            [key: string]: unknown;
                        };
                        /** @description Send the same key when retrying: the submit then counts once */
                        idempotencyKey?: string;
                        timeSpentMs?: number;
                    };
                };
            };
            responses: {
                /** @description Your answer is stored; where the item stands now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decision: {
                                agreement: number | null;
                                answer: {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                                decidedBy: number | null;
                                id: number;
                                itemId: number;
                                /** @enum {string} */
                                method: "auto" | "consensus" | "adjudicated" | "override" | "timeout";
                                policyVersion: number | null;
                                reason: string | null;
                                responseIds: number[];
                                supersededBy: number | null;
                            } | null;
                            /**
                             * @description Where the item stands after this answer
                             * @enum {string}
                             */
                            itemStatus: "queued" | "adjudication" | "decided";
                            /** @description True when an earlier submit with this idempotency key was returned */
                            replayed: boolean;
                            responseId: number;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List project templates (schema, guidelines, policy, sample size)
         * @description **Who may call:** Signed-in admin or manager.
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
                /** @description Every project template */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "templates": [
                         *         {
                         *           "name": "text-classification",
                         *           "title": "Text classification",
                         *           "description": "Sort short texts (support tickets, reviews, posts) into one of a few categories.",
                         *           "labelSchema": {
                         *             "questions": [
                         *               {
                         *                 "name": "verdict",
                         *                 "type": "single_choice",
                         *                 "title": "Is this mail spam?",
                         *                 "required": true,
                         *                 "options": [
                         *                   {
                         *                     "value": "spam",
                         *                     "label": "Spam",
                         *                     "hotkey": "1"
                         *                   },
                         *                   {
                         *                     "value": "ham",
                         *                     "label": "Not spam",
                         *                     "hotkey": "2"
                         *                   }
                         *                 ]
                         *               }
                         *             ]
                         *           },
                         *           "guidelines": "# Ticket topics\n…",
                         *           "policy": {
                         *             "rules": [
                         *               {
                         *                 "name": "confident",
                         *                 "when": {
                         *                   "confidence": {
                         *                     "gte": 0.95
                         *                   }
                         *                 },
                         *                 "then": {
                         *                   "action": "auto_accept"
                         *                 }
                         *               }
                         *             ],
                         *             "default": {
                         *               "action": "review",
                         *               "k": 3,
                         *               "role": "annotator",
                         *               "priority": 0
                         *             },
                         *             "auditRate": 0.02,
                         *             "leaseSeconds": 600,
                         *             "blind": false,
                         *             "consensus": {
                         *               "threshold": 0.66,
                         *               "method": "majority",
                         *               "ratingAggregate": "mean",
                         *               "adjudicatorRole": "reviewer",
                         *               "redecide": true
                         *             },
                         *             "quality": {
                         *               "goldRate": 0.1,
                         *               "pauseBelowAccuracy": 0,
                         *               "pauseAfterGold": 10,
                         *               "rubberStamp": {
                         *                 "minWrongPrelabels": 5,
                         *                 "maxAcceptRate": 0.5
                         *               },
                         *               "minSecondsPerTask": 2
                         *             }
                         *           },
                         *           "sample": {
                         *             "format": "csv",
                         *             "rows": 8
                         *           }
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            templates: {
                                description: string;
                                guidelines: string;
                                labelSchema: {
                                    questions: ({
                                        description?: string;
                                        name: string;
                                        options: {
                                            hotkey?: string;
                                            label?: string;
                                            value: string;
                                        }[];
                                        /** @default true */
                                        required: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "single_choice";
                                    } | {
                                        description?: string;
                                        maxSelected?: number;
                                        minSelected?: number;
                                        name: string;
                                        options: {
                                            hotkey?: string;
                                            label?: string;
                                            value: string;
                                        }[];
                                        /** @default true */
                                        required: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "multi_choice";
                                    } | {
                                        description?: string;
                                        labels?: {
                                            [key: string]: string;
                                        };
                                        max: number;
                                        min: number;
                                        name: string;
                                        /** @default true */
                                        required: boolean;
                                        /** @default 1 */
                                        step: number;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        criteria: {
                                            description?: string;
                                            labels?: {
                                                [key: string]: string;
                                            };
                                            max: number;
                                            min: number;
                                            name: string;
                                            title?: string;
                                        }[];
                                        description?: string;
                                        name: string;
                                        /** @default true */
                                        required: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "rubric";
                                    } | {
                                        /** @default true */
                                        allowOverlap: boolean;
                                        description?: string;
                                        field: string;
                                        labels: {
                                            hotkey?: string;
                                            label?: string;
                                            value: string;
                                        }[];
                                        name: string;
                                        /** @default true */
                                        required: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "spans";
                                    } | {
                                        /** @default true */
                                        allowTie: boolean;
                                        description?: string;
                                        fields: [
                                            string,
                                            string
                                        ];
                                        name: string;
                                        /** @default true */
                                        required: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "pairwise";
                                    } | {
                                        description?: string;
                                        field: string;
                                        minCandidates?: number;
                                        name: string;
                                        /** @default true */
                                        required: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "ranking";
                                    } | {
                                        description?: string;
                                        field?: string;
                                        /** @default 100000 */
                                        maxLength: number;
                                        minLength?: number;
                                        /** @default true */
                                        multiline: boolean;
                                        name: string;
                                        /** @default true */
                                        required: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "text";
                                    } | {
                                        description?: string;
                                        field: string;
                                        labels: {
                                            hotkey?: string;
                                            label?: string;
                                            value: string;
                                        }[];
                                        maxBoxes?: number;
                                        name: string;
                                        /** @default true */
                                        required: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "bbox";
                                    } | {
                                        /** @default true */
                                        allowEdit: boolean;
                                        description?: string;
                                        /** @default action */
                                        field: string;
                                        name: string;
                                        /** @default true */
                                        required: boolean;
                                        /** @default true */
                                        requireReason: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "approval";
                                    })[];
                                };
                                name: string;
                                policy: {
                                    /** @description For approval projects: what happens when nobody decides in time */
                                    approval?: {
                                        /**
                                         * @default reject
                                         * @enum {string}
                                         */
                                        defaultOutcome: "approve" | "reject" | "escalate";
                                        /**
                                         * @default expert
                                         * @enum {string}
                                         */
                                        escalateRole: "annotator" | "reviewer" | "expert";
                                        timeoutSeconds: number;
                                    };
                                    /**
                                     * @description Share of auto-accepted items also sent to review, chosen reproducibly per item
                                     * @default 0
                                     */
                                    auditRate: number;
                                    /**
                                     * @description Hide the model's prediction and confidence from people working the queue
                                     * @default false
                                     */
                                    blind: boolean;
                                    /**
                                     * @default {
                                     *       "threshold": 0.66,
                                     *       "method": "majority",
                                     *       "ratingAggregate": "mean",
                                     *       "adjudicatorRole": "reviewer",
                                     *       "redecide": true
                                     *     }
                                     */
                                    consensus: {
                                        /**
                                         * @default reviewer
                                         * @enum {string}
                                         */
                                        adjudicatorRole: "annotator" | "reviewer" | "expert";
                                        /**
                                         * @description Choice questions: plain majority, a vote with log-odds weights (from gold or the annotator model), or Dawid-Skene
                                         * @default majority
                                         * @enum {string}
                                         */
                                        method: "majority" | "weighted" | "dawid_skene";
                                        /**
                                         * @default mean
                                         * @enum {string}
                                         */
                                        ratingAggregate: "mean" | "median";
                                        /**
                                         * @description weighted / dawid_skene: re-make consensus decisions whose label a refit of the annotator model changes
                                         * @default true
                                         */
                                        redecide: boolean;
                                        /**
                                         * @description At or above: decided; below: adjudication
                                         * @default 0.66
                                         */
                                        threshold: number;
                                    };
                                    /**
                                     * @default {
                                     *       "action": "review",
                                     *       "k": 1,
                                     *       "role": "annotator",
                                     *       "priority": 0
                                     *     }
                                     */
                                    default: {
                                        /** @enum {string} */
                                        action: "auto_accept";
                                    } | {
                                        /** @enum {string} */
                                        action: "review";
                                        /**
                                         * @description Distinct people who answer each item
                                         * @default 1
                                         */
                                        k: number;
                                        /** @default 0 */
                                        priority: number;
                                        /**
                                         * @default annotator
                                         * @enum {string}
                                         */
                                        role: "annotator" | "reviewer" | "expert";
                                    } | {
                                        /** @enum {string} */
                                        action: "escalate";
                                        /** @default 1 */
                                        k: number;
                                        /** @default 0 */
                                        priority: number;
                                        /**
                                         * @default expert
                                         * @enum {string}
                                         */
                                        role: "annotator" | "reviewer" | "expert";
                                    } | {
                                        /** @enum {string} */
                                        action: "hold";
                                    };
                                    /** @default 600 */
                                    leaseSeconds: number;
                                    /** @description The built-in model (issue 12): when it retrains on its own */
                                    model?: {
                                        /**
                                         * @description isotonic: map each new version's confidences through an isotonic fit to its held-out human decisions; routing and advice read the calibrated value (the raw one is kept)
                                         * @enum {string}
                                         */
                                        calibrate?: "isotonic" | "none";
                                        /** @description The choice question it learns (default: the first) */
                                        question?: string;
                                        /** @description Retrain the built-in model after this many new human decisions (checked each minute) */
                                        retrainEvery?: number;
                                    };
                                    /**
                                     * @description The order in which people get open items within a priority level (issue 12 point 2)
                                     * @default {
                                     *       "strategy": "oldest",
                                     *       "measure": "least_confidence",
                                     *       "exploration": 0
                                     *     }
                                     */
                                    ordering: {
                                        /**
                                         * @description Share of items placed at random positions instead (uncertainty strategies)
                                         * @default 0
                                         */
                                        exploration: number;
                                        /**
                                         * @description How uncertainty is measured (Settles 2009, §3.1)
                                         * @default least_confidence
                                         * @enum {string}
                                         */
                                        measure: "least_confidence" | "margin" | "entropy";
                                        /**
                                         * @description oldest: arrival order; uncertainty: what the model is least sure of first; uncertainty_diversity: the same without a run of near-duplicates; random
                                         * @default oldest
                                         * @enum {string}
                                         */
                                        strategy: "oldest" | "uncertainty" | "uncertainty_diversity" | "random";
                                    };
                                    /**
                                     * @default {
                                     *       "goldRate": 0.1,
                                     *       "pauseBelowAccuracy": 0,
                                     *       "pauseAfterGold": 10,
                                     *       "rubberStamp": {
                                     *         "minWrongPrelabels": 5,
                                     *         "maxAcceptRate": 0.5
                                     *       },
                                     *       "minSecondsPerTask": 2
                                     *     }
                                     */
                                    quality: {
                                        /** @description Ask for a break after this many tasks or minutes without a pause of breakMinutes */
                                        fatigue?: {
                                            /** @default 10 */
                                            breakMinutes: number;
                                            maxSessionMinutes?: number;
                                            maxTasksPerSession?: number;
                                        };
                                        /**
                                         * @description Share of claims served from gold items
                                         * @default 0.1
                                         */
                                        goldRate: number;
                                        /**
                                         * @description Flag people whose median time is below this
                                         * @default 2
                                         */
                                        minSecondsPerTask: number;
                                        /**
                                         * @description …once they answered this many gold items
                                         * @default 10
                                         */
                                        pauseAfterGold: number;
                                        /**
                                         * @description Pause a person whose gold accuracy falls below this (0 = never)
                                         * @default 0
                                         */
                                        pauseBelowAccuracy: number;
                                        /**
                                         * @description Flag people who accept deliberately wrong pre-labels on gold more often than this
                                         * @default {
                                         *       "minWrongPrelabels": 5,
                                         *       "maxAcceptRate": 0.5
                                         *     }
                                         */
                                        rubberStamp: {
                                            /** @default 0.5 */
                                            maxAcceptRate: number;
                                            /** @default 5 */
                                            minWrongPrelabels: number;
                                        };
                                    };
                                    /**
                                     * @description Evaluated in order; the first that matches decides
                                     * @default []
                                     */
                                    rules: {
                                        name?: string;
                                        then: {
                                            /** @enum {string} */
                                            action: "auto_accept";
                                        } | {
                                            /** @enum {string} */
                                            action: "review";
                                            /**
                                             * @description Distinct people who answer each item
                                             * @default 1
                                             */
                                            k: number;
                                            /** @default 0 */
                                            priority: number;
                                            /**
                                             * @default annotator
                                             * @enum {string}
                                             */
                                            role: "annotator" | "reviewer" | "expert";
                                        } | {
                                            /** @enum {string} */
                                            action: "escalate";
                                            /** @default 1 */
                                            k: number;
                                            /** @default 0 */
                                            priority: number;
                                            /**
                                             * @default expert
                                             * @enum {string}
                                             */
                                            role: "annotator" | "reviewer" | "expert";
                                        } | {
                                            /** @enum {string} */
                                            action: "hold";
                                        };
                                        /** @description Every condition given must hold; an empty condition always holds */
                                        when: {
                                            confidence?: {
                                                gt?: number;
                                                gte?: number;
                                                lt?: number;
                                                lte?: number;
                                            };
                                            hasPrediction?: boolean;
                                            /** @description Judges' latest verdicts on the item (issue 13); a judge with no verdict yet matches nothing */
                                            judges?: {
                                                [key: string]: {
                                                    /** @description true: the judge could not give a verdict (its run failed) */
                                                    failed?: boolean;
                                                    /** @description judge.<name>.pass */
                                                    pass?: boolean;
                                                    /** @description judge.<name>.score */
                                                    score?: {
                                                        gt?: number;
                                                        gte?: number;
                                                        lt?: number;
                                                        lte?: number;
                                                    };
                                                };
                                            };
                                            /** @description true: at least one judge passes the item and another fails it */
                                            judgesDisagree?: boolean;
                                            metadata?: {
                                                [key: string]: string | number | boolean;
                                            };
                                            risk?: ("low" | "medium" | "high") | ("low" | "medium" | "high")[];
                                            tags?: {
                                                all?: string[];
                                                any?: string[];
                                            };
                                        };
                                    }[];
                                };
                                sample: {
                                    /** @enum {string} */
                                    format: "jsonl" | "csv";
                                    /** @description Items in the sample file (GET …/sample) */
                                    rows: number;
                                };
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/templates/{template}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a project from a template, with its policy and (unless sample: false) its sample items
         * @description **Who may call:** Signed-in admin or manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    template: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "Support tickets",
                     *       "slug": "tickets",
                     *       "sample": true
                     *     }
                     */
                    "application/json": {
                        description?: string;
                        guidelines?: string;
                        labelSchema?: {
                            questions: ({
                                description?: string;
                                name: string;
                                options: {
                                    hotkey?: string;
                                    label?: string;
                                    value: string;
                                }[];
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "single_choice";
                            } | {
                                description?: string;
                                maxSelected?: number;
                                minSelected?: number;
                                name: string;
                                options: {
                                    hotkey?: string;
                                    label?: string;
                                    value: string;
                                }[];
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "multi_choice";
                            } | {
                                description?: string;
                                labels?: {
                                    [key: string]: string;
                                };
                                max: number;
                                min: number;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                /** @default 1 */
                                step?: number;
                                title?: string;
                                /** @enum {string} */
                                type: "rating";
                            } | {
                                criteria: {
                                    description?: string;
                                    labels?: {
                                        [key: string]: string;
                                    };
                                    max: number;
                                    min: number;
                                    name: string;
                                    title?: string;
                                }[];
                                description?: string;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "rubric";
                            } | {
                                /** @default true */
                                allowOverlap?: boolean;
                                description?: string;
                                field: string;
                                labels: {
                                    hotkey?: string;
                                    label?: string;
                                    value: string;
                                }[];
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "spans";
                            } | {
                                /** @default true */
                                allowTie?: boolean;
                                description?: string;
                                fields: [
                                    string,
                                    string
                                ];
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "pairwise";
                            } | {
                                description?: string;
                                field: string;
                                minCandidates?: number;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "ranking";
                            } | {
                                description?: string;
                                field?: string;
                                /** @default 100000 */
                                maxLength?: number;
                                minLength?: number;
                                /** @default true */
                                multiline?: boolean;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "text";
                            } | {
                                description?: string;
                                field: string;
                                labels: {
                                    hotkey?: string;
                                    label?: string;
                                    value: string;
                                }[];
                                maxBoxes?: number;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "bbox";
                            } | {
                                /** @default true */
                                allowEdit?: boolean;
                                description?: string;
                                /** @default action */
                                field?: string;
                                name: string;
                                /** @default true */
                                required?: boolean;
                                /** @default true */
                                requireReason?: boolean;
                                title?: string;
                                /** @enum {string} */
                                type: "approval";
                            })[];
                        };
                        /** @description Default: the template's title */
                        name?: string;
                        /**
                         * @description Import the template's sample items
                         * @default true
                         */
                        sample?: boolean;
                        slug?: string;
                    };
                };
            };
            responses: {
                /** @description The project, its policy version and the sample import report */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            policyVersion: number;
                            project: {
                                /** @description Set while archived: read-only, out of lists and queues */
                                archivedAt: string | null;
                                createdAt: string;
                                description: string;
                                guidelines: string;
                                id: number;
                                labelSchema: {
                                    questions: ({
                                        description?: string;
                                        name: string;
                                        options: {
                                            hotkey?: string;
                                            label?: string;
                                            value: string;
                                        }[];
                                        /** @default true */
                                        required: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "single_choice";
                                    } | {
                                        description?: string;
                                        maxSelected?: number;
                                        minSelected?: number;
                                        name: string;
                                        options: {
                                            hotkey?: string;
                                            label?: string;
                                            value: string;
                                        }[];
                                        /** @default true */
                                        required: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "multi_choice";
                                    } | {
                                        description?: string;
                                        labels?: {
                                            [key: string]: string;
                                        };
                                        max: number;
                                        min: number;
                                        name: string;
                                        /** @default true */
                                        required: boolean;
                                        /** @default 1 */
                                        step: number;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        criteria: {
                                            description?: string;
                                            labels?: {
                                                [key: string]: string;
                                            };
                                            max: number;
                                            min: number;
                                            name: string;
                                            title?: string;
                                        }[];
                                        description?: string;
                                        name: string;
                                        /** @default true */
                                        required: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "rubric";
                                    } | {
                                        /** @default true */
                                        allowOverlap: boolean;
                                        description?: string;
                                        field: string;
                                        labels: {
                                            hotkey?: string;
                                            label?: string;
                                            value: string;
                                        }[];
                                        name: string;
                                        /** @default true */
                                        required: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "spans";
                                    } | {
                                        /** @default true */
                                        allowTie: boolean;
                                        description?: string;
                                        fields: [
                                            string,
                                            string
                                        ];
                                        name: string;
                                        /** @default true */
                                        required: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "pairwise";
                                    } | {
                                        description?: string;
                                        field: string;
                                        minCandidates?: number;
                                        name: string;
                                        /** @default true */
                                        required: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "ranking";
                                    } | {
                                        description?: string;
                                        field?: string;
                                        /** @default 100000 */
                                        maxLength: number;
                                        minLength?: number;
                                        /** @default true */
                                        multiline: boolean;
                                        name: string;
                                        /** @default true */
                                        required: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "text";
                                    } | {
                                        description?: string;
                                        field: string;
                                        labels: {
                                            hotkey?: string;
                                            label?: string;
                                            value: string;
                                        }[];
                                        maxBoxes?: number;
                                        name: string;
                                        /** @default true */
                                        required: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "bbox";
                                    } | {
                                        /** @default true */
                                        allowEdit: boolean;
                                        description?: string;
                                        /** @default action */
                                        field: string;
                                        name: string;
                                        /** @default true */
                                        required: boolean;
                                        /** @default true */
                                        requireReason: boolean;
                                        title?: string;
                                        /** @enum {string} */
                                        type: "approval";
                                    })[];
                                };
                                name: string;
                                slug: string;
                                updatedAt: string;
                            };
                            /** @description The sample import report, or null when sample was false */
                            sample: {
                                created: number;
                                errors: {
                                    /**
                                     * @description INVALID_LINE: this line or record could not be read (not JSON, a broken CSV record, a cell that cannot be read); INVALID_FILE: the file could not be read from here on; ITEM_DECIDED: the external id names an item with answers or a decision, which never changes
                                     * @enum {string}
                                     */
                                    code: "VALIDATION_FAILED" | "SCHEMA_MISMATCH" | "INVALID_LINE" | "INVALID_FILE" | "ITEM_DECIDED";
                                    /** @description 1-based line in the imported file */
                                    line?: number;
                                    message: string;
                                    path: string;
                                    /** @description 0-based index of the row in the batch or file */
                                    row: number;
                                }[];
                                /** @description True when more errors occurred than are listed */
                                errorsTruncated?: boolean;
                                /** @description True when a file could not be read to its end: the last error says from which line */
                                incomplete?: boolean;
                                /** @description One entry per stored row (batches only) */
                                items?: {
                                    externalId: string | null;
                                    id: number;
                                    row: number;
                                    /**
                                     * @description unchanged: an item with answers or a decision sent again exactly as stored
                                     * @enum {string}
                                     */
                                    status: "created" | "updated" | "unchanged";
                                }[];
                                received: number;
                                /** @description Rows not stored; each has at least one entry in errors */
                                rejected: number;
                                /** @description Answered or decided items sent again exactly as stored */
                                unchanged: number;
                                updated: number;
                            } | null;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/templates/{template}/sample": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a template's sample file (JSONL or CSV) to import
         * @description **Who may call:** Signed-in admin or manager.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    template: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The template's sample file, ready to import */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
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
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description **Who may call:** Signed-in admin or manager.
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
                /** @description Everyone with an account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "users": [
                         *         {
                         *           "id": 2,
                         *           "username": "ada",
                         *           "displayName": "Ada",
                         *           "role": "annotator",
                         *           "active": true,
                         *           "createdAt": "2026-11-21T09:30:00.000Z"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            users: {
                                active: boolean;
                                createdAt: string;
                                displayName: string;
                                id: number;
                                /** @enum {string} */
                                role: "annotator" | "reviewer" | "expert" | "viewer" | "engineer" | "manager" | "admin";
                                username: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a user and their first API token
         * @description **Who may call:** Signed-in admin.
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
                    /**
                     * @example {
                     *       "username": "ada",
                     *       "displayName": "Ada",
                     *       "role": "annotator"
                     *     }
                     */
                    "application/json": {
                        displayName?: string;
                        /** @enum {string} */
                        role: "annotator" | "reviewer" | "expert" | "viewer" | "engineer" | "manager" | "admin";
                        username: string;
                    };
                };
            };
            responses: {
                /** @description The new user and their first API token (shown once) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            info?: {
                                createdAt: string;
                                expiresAt: string | null;
                                id: number;
                                lastUsedAt: string | null;
                                name: string;
                                revokedAt: string | null;
                            };
                            /** @description Shown once; send as "Authorization: Bearer <token>" */
                            token: string;
                            user: {
                                active: boolean;
                                createdAt: string;
                                displayName: string;
                                id: number;
                                /** @enum {string} */
                                role: "annotator" | "reviewer" | "expert" | "viewer" | "engineer" | "manager" | "admin";
                                username: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user's name or role, or deactivate them (they can no longer sign in)
         * @description **Who may call:** Signed-in admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "role": "reviewer"
                     *     }
                     */
                    "application/json": {
                        /** @description false: the person can no longer sign in (their history stays) */
                        active?: boolean;
                        displayName?: string;
                        /** @enum {string} */
                        role?: "annotator" | "reviewer" | "expert" | "viewer" | "engineer" | "manager" | "admin";
                    };
                };
            };
            responses: {
                /** @description The user as updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            createdAt: string;
                            displayName: string;
                            id: number;
                            /** @enum {string} */
                            role: "annotator" | "reviewer" | "expert" | "viewer" | "engineer" | "manager" | "admin";
                            username: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/users/{userId}/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's notification settings: email address and what they opted out of
         * @description **Who may call:** The user themselves, or an admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The person's email address and opt-outs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "email": "ana@example.com",
                         *       "mutedEvents": [
                         *         "approval.timed_out"
                         *       ],
                         *       "mutedChannels": []
                         *     }
                         */
                        "application/json": {
                            /** @description Where approval emails go; null sends none */
                            email: string | null;
                            /** @description Email channels (ids, any project) this person does not want */
                            mutedChannels: number[];
                            /** @description Events this person does not want by email */
                            mutedEvents: ("approval.waiting" | "approval.escalated" | "approval.timed_out")[];
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /**
         * Set a person's email address and opt-outs (events, email channels)
         * @description **Who may call:** The user themselves, or an admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "email": "ana@example.com",
                     *       "mutedEvents": [
                     *         "approval.timed_out"
                     *       ],
                     *       "mutedChannels": [
                     *         3
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Where approval emails go; null sends none */
                        email: string | null;
                        /** @description Email channels (ids, any project) this person does not want */
                        mutedChannels: number[];
                        /** @description Events this person does not want by email */
                        mutedEvents: ("approval.waiting" | "approval.escalated" | "approval.timed_out")[];
                    };
                };
            };
            responses: {
                /** @description The settings as saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Where approval emails go; null sends none */
                            email: string | null;
                            /** @description Email channels (ids, any project) this person does not want */
                            mutedChannels: number[];
                            /** @description Events this person does not want by email */
                            mutedEvents: ("approval.waiting" | "approval.escalated" | "approval.timed_out")[];
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/users/{userId}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's API tokens: names, last use, expiry, revocation (never the secrets)
         * @description **Who may call:** The user themselves, or an admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The user's API tokens (never their secrets) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "tokens": [
                         *         {
                         *           "id": 5,
                         *           "name": "ci",
                         *           "createdAt": "2026-11-21T09:30:00.000Z",
                         *           "lastUsedAt": null,
                         *           "expiresAt": "2027-02-19T09:30:00.000Z",
                         *           "revokedAt": null
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            tokens: {
                                createdAt: string;
                                expiresAt: string | null;
                                id: number;
                                lastUsedAt: string | null;
                                name: string;
                                revokedAt: string | null;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Issue another API token, optionally expiring (shown once)
         * @description **Who may call:** The user themselves, or an admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "ci",
                     *       "expiresInDays": 90
                     *     }
                     */
                    "application/json": {
                        /** @description The token stops working after this many days; omitted: it never expires */
                        expiresInDays?: number;
                        /**
                         * @description What the token is for, e.g. "ci" or "agent"
                         * @default api
                         */
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description The new token, shown once, and what is known about it */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            info?: {
                                createdAt: string;
                                expiresAt: string | null;
                                id: number;
                                lastUsedAt: string | null;
                                name: string;
                                revokedAt: string | null;
                            };
                            /** @description Shown once; send as "Authorization: Bearer <token>" */
                            token: string;
                            user: {
                                active: boolean;
                                createdAt: string;
                                displayName: string;
                                id: number;
                                /** @enum {string} */
                                role: "annotator" | "reviewer" | "expert" | "viewer" | "engineer" | "manager" | "admin";
                                username: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/api/users/{userId}/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API token: it stops working at once (on other servers within 10 s)
         * @description **Who may call:** The user themselves, or an admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 5 */
                    tokenId: string;
                    /** @example 2 */
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The token no longer works */
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
                                /** @description Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND */
                                code: string;
                                details: {
                                    message: string;
                                    path: string;
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
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The server and its database answer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "status": "ok",
                         *       "database": "sqlite"
                         *     }
                         */
                        "application/json": {
                            /** @enum {string} */
                            database: "sqlite" | "postgres";
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
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics: queue depth, claim and submit latency, jobs, webhook lag, event streams
         * @description **Who may call:** The metrics scraper (Bearer $TANDEM_METRICS_TOKEN), or a signed-in admin.
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
                /** @description Metrics in the Prometheus text format */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
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

/**
 * Generated from the API's OpenAPI document by `npm run api:types` (openapi-typescript). Do not edit by hand;
 * a unit test fails when this file is stale.
 */

export interface paths {
    "/v1/sectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ten sectors (English and Korean names) and the funding stages */
        get: operations["sectors_sectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up as a startup, investor or corporate
         * @description Startups are active at once; investors and corporates are pending until an organizer approves them. Sign-ups per IP are limited (RATE_LIMIT_SIGNUPS_PER_HOUR).
         */
        post: operations["auth_signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in and get a bearer token
         * @description Failed logins are throttled per e-mail and IP (429 with Retry-After). A rejected account gets 403.
         */
        post: operations["auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's account, language and profile */
        get: operations["accounts_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the caller's display name or language
         * @description `locale` (ko | en) is the language of e-mails and the web app.
         */
        patch: operations["accounts_updateMe"];
        trace?: never;
    };
    "/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts with their profiles (organizer)
         * @description E.g. `?status=pending` for the approval queue.
         */
        get: operations["accounts_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{id}": {
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
         * Approve or reject a member (organizer)
         * @description pending → active | rejected, active → rejected; anything else is 409. Rejecting removes the member from matching and booking.
         */
        patch: operations["accounts_setStatus"];
        trace?: never;
    };
    "/v1/me/startup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace the caller's startup profile
         * @description Re-scores the startup in every event it joined.
         */
        put: operations["profiles_putStartup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/investor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace the caller's investor thesis
         * @description Re-scores the investor in every event it joined.
         */
        put: operations["profiles_putInvestor"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/corporate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace the caller's corporate profile */
        put: operations["profiles_putCorporate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/startups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List startups
         * @description `q`: every word must appear in the name, description or keywords (Korean or English).
         */
        get: operations["profiles_listStartups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/investors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List investors */
        get: operations["profiles_listInvestors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List demands
         * @description `q` searches title, description and keywords (Korean or English).
         */
        get: operations["demands_list"];
        put?: never;
        /** Post an open-innovation demand (corporate) */
        post: operations["demands_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/demands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a demand */
        get: operations["demands_get"];
        put?: never;
        post?: never;
        /**
         * Close a demand (its owner, or an organizer with a reason)
         * @description Removes its undecided matches, withdraws open requests and cancels its meetings. An organizer gives `?reason=`.
         */
        delete: operations["demands_remove"];
        options?: never;
        head?: never;
        /**
         * Change a demand (its owner)
         * @description Partial; re-scores the demand. Organizers moderate by removing, not rewriting.
         */
        patch: operations["demands_update"];
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List events */
        get: operations["events_list"];
        put?: never;
        /** Create an event (organizer) */
        post: operations["events_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an event */
        get: operations["events_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an event (organizer)
         * @description Partial. New `matchWeights` re-score the event.
         */
        patch: operations["events_update"];
        trace?: never;
    };
    "/v1/events/{eventId}/ir-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the event's IR sessions */
        get: operations["events_listIrSessions"];
        put?: never;
        /**
         * Add an IR pitch session (organizer)
         * @description It must lie within one event day; a room taken at that time is 409.
         */
        post: operations["events_addIrSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the event's participants */
        get: operations["events_listParticipants"];
        put?: never;
        /**
         * Join the event (or, organizers, add a member)
         * @description Startups, active investors and corporates join themselves; organizers add anyone with `{accountId}`. 201 when new, 200 when already a participant.
         */
        post: operations["events_join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/me/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's blocked times in the event */
        get: operations["events_getAvailability"];
        /**
         * Replace the caller's blocked times in the event
         * @description Before publishing, provisional meetings inside newly blocked time are moved (or become unschedulable). After publishing, blocking a published meeting is 409 `published_meeting_conflict`.
         */
        put: operations["events_setAvailability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's matches in an event, best first
         * @description An investor its matched startups, a startup its investors and demands, a corporate the startups matched to its demands, an organizer all (filters startupId, investorId, demandId).
         */
        get: operations["matches_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a match (its two parties and organizers) */
        get: operations["matches_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the caller's decision on a match
         * @description interested | maybe | declined (with an optional reason), and a private note. Seen by its author and organizers; the other side learns only `mutual`.
         */
        put: operations["matches_decide"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/match-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-score the whole event (organizer)
         * @description Poll GET /v1/match-runs/{id}.
         */
        post: operations["matches_startRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/match-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status and progress of a match run (organizer) */
        get: operations["matches_getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/reports/decline-reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Decline reasons counted by side and kind (organizer) */
        get: operations["matches_declineReasons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/reports/concepts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The technology concepts driving the event (organizer)
         * @description Top catalogue concepts per sector, and the concepts demands ask for that no startup of the event offers.
         */
        get: operations["conceptReport_concepts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/meeting-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's meeting requests in an event, sent and received (organizers: all) */
        get: operations["meetingRequests_list"];
        put?: never;
        /**
         * Request a 1:1 meeting for a match
         * @description The other side accepts or declines; a second open request for the same match is 409.
         */
        post: operations["meetingRequests_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meeting-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a meeting request (its parties and organizers) */
        get: operations["meetingRequests_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meeting-requests/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a request (its recipient)
         * @description pending → accepted; the worker then books it (booked, or unschedulable with a reason). Repeating is 200.
         */
        post: operations["meetingRequests_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meeting-requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a request (its recipient)
         * @description pending → declined. Repeating is 200.
         */
        post: operations["meetingRequests_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meeting-requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a request (its sender)
         * @description pending → withdrawn. Repeating is 200.
         */
        post: operations["meetingRequests_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting with its status (booked, cancelled, held), check-ins, no-show and the caller's check-in code */
        get: operations["meetingAttendance_get"];
        put?: never;
        post?: never;
        /**
         * Cancel a meeting (either party or an organizer)
         * @description Frees the slot; the calendar keeps the UID with STATUS:CANCELLED.
         */
        delete: operations["meetingRequests_cancel"];
        options?: never;
        head?: never;
        /**
         * Move a meeting to another slot or table (organizer)
         * @description Same calendar UID, higher SEQUENCE; both parties are notified. A taken slot or table is 409.
         */
        patch: operations["meetingRequests_move"];
        trace?: never;
    };
    "/v1/events/{eventId}/schedule-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-plan all accepted, unpublished meetings at once (organizer)
         * @description Poll GET /v1/schedule-runs/{id}.
         */
        post: operations["booking_startSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/schedule-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status and result of a schedule run (organizer)
         * @description Meetings booked vs the upper bound, value vs its bound.
         */
        get: operations["booking_getSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/schedule/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish (freeze) the schedule (organizer)
         * @description A second publish is 409.
         */
        post: operations["booking_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests vs table-slots, busiest participants, tables needed (organizer) */
        get: operations["booking_capacity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/ir-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's IR request (organizers: all) */
        get: operations["booking_listPitchRequests"];
        put?: never;
        /**
         * Request an IR pitch slot with ranked sessions (startup)
         * @description A second request is 409.
         */
        post: operations["booking_requestPitch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ir-requests/{id}": {
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
         * Withdraw an IR request
         * @description Frees its pitch for the waitlist.
         */
        delete: operations["booking_withdrawPitch"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/ir-allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Allocate IR pitch slots (organizer)
         * @description At most one pitch per startup and slotCount per session; the others are waitlisted. Poll GET /v1/ir-allocations/{id}.
         */
        post: operations["booking_allocate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ir-allocations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status and result of an IR allocation (organizer) */
        get: operations["booking_getAllocation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/ir-sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An IR session with its line-up */
        get: operations["booking_lineup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's pitches and meetings, in the event's time zone */
        get: operations["agenda_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/agenda.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's agenda as iCalendar
         * @description Cancelled meetings keep their UID with STATUS:CANCELLED.
         */
        get: operations["agenda_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/agenda/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calendar subscription link for my agenda (no bearer token needed to read it) */
        get: operations["agenda_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event's whole schedule (organizer)
         * @description Every booked meeting and pitch, not paginated; `?format=csv` for a spreadsheet.
         */
        get: operations["agenda_schedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/schedule/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The schedule board's compact read of the whole schedule (organizer)
         * @description The booked meetings and scheduled pitches of `GET …/schedule`, as columns: each person and each meeting time once, each meeting an id, a time index, a table and two person indexes (5,400 meetings: about a sixth of the schedule).
         */
        get: operations["agenda_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar-feeds/{token}/agenda.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s agenda as a calendar subscription (the link from GET …/agenda/feed) */
        get: operations["calendarFeed_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check in (either party); with the other party's code or QR payload both are recorded. Twice is harmless. */
        post: operations["meetingAttendance_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The present (checked-in) party marks the other as a no-show, from ten minutes after the start */
        post: operations["meetingAttendance_noShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own outcome of the meeting */
        get: operations["meetingAttendance_getOutcome"];
        /** Record the caller's own outcome of the meeting (after its start); private to the caller and organizers */
        put: operations["meetingAttendance_putOutcome"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Both parties' outcomes (organizers) */
        get: operations["meetingAttendance_listOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/me/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's follow-up pipeline: its started meetings, newest first, each with its own outcome or null (to record) */
        get: operations["myOutcomes_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/reports/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Matches counted at each stage, matched → followUp, overall and by the startup's sector and country */
        get: operations["reports_funnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/reports/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outcomes: follow-ups by kind, amounts per currency (never summed across currencies), no-shows by side */
        get: operations["reports_outcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/no-shows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live: started meetings with a party not checked in, newest first; marked ones carry who marked them */
        get: operations["reports_noShows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's notifications, newest first, with the unread count */
        get: operations["notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark my notifications read (all, or the given ids) */
        post: operations["notifications_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health of PostgreSQL and Redis
         * @description 503 when either is down, naming it.
         */
        get: operations["health_check"];
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
        /** Prometheus metrics (open on loopback; elsewhere `Authorization: Bearer $METRICS_TOKEN`) */
        get: operations["metrics_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/queues/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the queue dashboard (organizers)
         * @description Sets a short-lived httpOnly cookie for /admin/queues (the Bull Board dashboard), then open that URL in the browser.
         */
        post: operations["queueDashboard_openSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/runs/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ids of the newest match run, schedule run and IR allocation of an event (organizer) */
        get: operations["latestRuns_latest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/me/membership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether I have joined this event */
        get: operations["membership_membership"];
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
    schemas: {
        SectorNamesView: {
            /** @example Quantum technology */
            en: string;
            /** @example 양자기술 */
            ko: string;
        };
        SectorView: {
            /**
             * @example quantum
             * @enum {string}
             */
            code: "system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum";
            /**
             * @description English name
             * @example Quantum technology
             */
            name: string;
            /**
             * @description Korean name
             * @example 양자기술
             */
            nameKo: string;
            names: components["schemas"]["SectorNamesView"];
        };
        SectorsView: {
            /** @description The ten strategic fields */
            items: components["schemas"]["SectorView"][];
            /**
             * @example [
             *       "pre-seed",
             *       "seed",
             *       "series-a",
             *       "series-b",
             *       "series-c-plus"
             *     ]
             */
            stages: ("pre-seed" | "seed" | "series-a" | "series-b" | "series-c-plus")[];
        };
        SignupDto: {
            /** @example ceo@qubitlab.kr */
            email: string;
            /**
             * @description Not a common password nor the e-mail
             * @example violet-harbor-quantum-42
             */
            password: string;
            /**
             * @example startup
             * @enum {string}
             */
            role: "startup" | "investor" | "corporate";
            /** @example 큐비트랩 김하늘 */
            displayName: string;
        };
        AccountView: {
            /**
             * Format: uuid
             * @example 3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10
             */
            id: string;
            /** @example ceo@qubitlab.kr */
            email: string;
            /**
             * @example startup
             * @enum {string}
             */
            role: "organizer" | "startup" | "investor" | "corporate";
            /**
             * @description Startups start active; investors and corporates pending until an organizer approves them
             * @example active
             * @enum {string}
             */
            status: "pending" | "active" | "rejected";
            /** @example 큐비트랩 김하늘 */
            displayName: string;
        };
        /**
         * @description Machine-readable; see docs/api.md
         * @enum {string}
         */
        ErrorCode: "validation_failed" | "weak_password" | "unsupported_media_type" | "malformed_json" | "unauthenticated" | "forbidden" | "account_pending" | "account_rejected" | "not_found" | "conflict" | "email_taken" | "invalid_transition" | "too_many_attempts" | "rate_limited" | "published_meeting_conflict" | "payload_too_large" | "slot_taken" | "slot_started" | "meeting_started" | "service_unavailable" | "internal_error";
        FieldErrorView: {
            /** @example trl */
            field: string;
            /** @example trl must not be greater than 9 */
            message: string;
        };
        /**
         * @description On some 409s with a generic `code` (`conflict`, `invalid_transition`): which conflict it is
         * @enum {string}
         */
        ConflictReason: "request_open" | "request_closed" | "ir_request_open" | "room_taken" | "schedule_published" | "meeting_cancelled" | "closed_as_no_show" | "check_in_not_yet" | "check_in_closed" | "check_in_first" | "already_held" | "no_show_too_early" | "outcome_too_early";
        Error: {
            /** @example 400 */
            statusCode: number;
            /**
             * @description Machine-readable; see docs/api.md
             * @example validation_failed
             */
            code: components["schemas"]["ErrorCode"];
            /** @example trl must not be greater than 9 */
            message: string;
            /** @description Present on 400: every invalid field */
            errors?: components["schemas"]["FieldErrorView"][];
            /**
             * @description On some 409s with a generic `code` (`conflict`, `invalid_transition`): which conflict it is
             * @example request_open
             */
            reason?: components["schemas"]["ConflictReason"];
        };
        LoginDto: {
            /** @example organizer@supergap.local */
            email: string;
            /** @example organizer-password */
            password: string;
        };
        TokenView: {
            /**
             * @description Send as `Authorization: Bearer <token>`
             * @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzZjFjIn0.sig
             */
            accessToken: string;
            /**
             * @description Seconds until the token expires
             * @example 3600
             */
            expiresIn: number;
            /**
             * @example Bearer
             * @enum {string}
             */
            tokenType: "Bearer";
        };
        MoneyDto: {
            /**
             * @description Integer amount in minor units (KRW has none, USD has cents)
             * @example 500000000
             */
            amount: number;
            /**
             * @example KRW
             * @enum {string}
             */
            currency: "KRW" | "JPY" | "USD" | "EUR" | "GBP" | "SGD" | "CNY" | "AUD" | "CAD" | "CHF" | "HKD" | "INR" | "ILS" | "SEK";
        };
        StartupView: {
            /**
             * Format: uuid
             * @example 3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10
             */
            accountId: string;
            /** @example 큐비트랩 (QubitLab) */
            name: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example KR
             */
            country: string;
            /**
             * @example quantum
             * @enum {string}
             */
            sector: "system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum";
            /**
             * @example seed
             * @enum {string}
             */
            stage: "pre-seed" | "seed" | "series-a" | "series-b" | "series-c-plus";
            /** @example 5 */
            trl: number;
            fundingAsk: components["schemas"]["MoneyDto"];
            /** @example 2021 */
            foundedYear: number;
            /** @example 14 */
            employees: number;
            /**
             * @example [
             *       "양자컴퓨팅",
             *       "quantum error correction"
             *     ]
             */
            keywords: string[];
            /** @example 초전도 큐비트 기반 양자컴퓨팅 오류정정 칩을 개발합니다. */
            description: string;
            /**
             * @description Only for the startup itself, organizers and investors matched to it (absent otherwise)
             * @example https://qubitlab.kr/deck.pdf
             */
            deckUrl?: string | null;
        };
        InvestorView: {
            /**
             * Format: uuid
             * @example 7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e
             */
            accountId: string;
            /** @example Han River Deep Tech Partners */
            firm: string;
            /**
             * @example [
             *       "quantum",
             *       "system-semiconductor"
             *     ]
             */
            sectors: ("system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum")[];
            /**
             * @example [
             *       "seed",
             *       "series-a"
             *     ]
             */
            stages: ("pre-seed" | "seed" | "series-a" | "series-b" | "series-c-plus")[];
            ticketMin: components["schemas"]["MoneyDto"];
            ticketMax: components["schemas"]["MoneyDto"];
            /**
             * @description Empty = any country
             * @example [
             *       "KR",
             *       "SG"
             *     ]
             */
            countries: string[];
            /** @example Seed to Series A in quantum and chips. */
            thesis: string;
            /** @example 10 */
            maxMeetingsPerDay: number;
        };
        CorporateView: {
            /**
             * Format: uuid
             * @example 9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            accountId: string;
            /** @example Hanbit Electronics */
            company: string;
            /** @example KR */
            country: string;
            /** @example 오픈이노베이션 프로그램 운영 */
            description: string | null;
        };
        StartupMeView: {
            /**
             * Format: uuid
             * @example 3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10
             */
            id: string;
            /** @example ceo@qubitlab.kr */
            email: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "startup";
            /**
             * @description Startups start active; investors and corporates pending until an organizer approves them
             * @example active
             * @enum {string}
             */
            status: "pending" | "active" | "rejected";
            /** @example 큐비트랩 김하늘 */
            displayName: string;
            /**
             * @description Language of e-mails and the web app; null until chosen (e-mails then use ko)
             * @example ko
             * @enum {string|null}
             */
            locale: "ko" | "en" | null;
            /** @description null until written */
            profile: components["schemas"]["StartupView"] | null;
        };
        InvestorMeView: {
            /**
             * Format: uuid
             * @example 3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10
             */
            id: string;
            /** @example ceo@qubitlab.kr */
            email: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "investor";
            /**
             * @description Startups start active; investors and corporates pending until an organizer approves them
             * @example active
             * @enum {string}
             */
            status: "pending" | "active" | "rejected";
            /** @example 큐비트랩 김하늘 */
            displayName: string;
            /**
             * @description Language of e-mails and the web app; null until chosen (e-mails then use ko)
             * @example ko
             * @enum {string|null}
             */
            locale: "ko" | "en" | null;
            /** @description null until written */
            profile: components["schemas"]["InvestorView"] | null;
        };
        CorporateMeView: {
            /**
             * Format: uuid
             * @example 3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10
             */
            id: string;
            /** @example ceo@qubitlab.kr */
            email: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "corporate";
            /**
             * @description Startups start active; investors and corporates pending until an organizer approves them
             * @example active
             * @enum {string}
             */
            status: "pending" | "active" | "rejected";
            /** @example 큐비트랩 김하늘 */
            displayName: string;
            /**
             * @description Language of e-mails and the web app; null until chosen (e-mails then use ko)
             * @example ko
             * @enum {string|null}
             */
            locale: "ko" | "en" | null;
            /** @description null until written */
            profile: components["schemas"]["CorporateView"] | null;
        };
        OrganizerMeView: {
            /**
             * Format: uuid
             * @example 3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10
             */
            id: string;
            /** @example ceo@qubitlab.kr */
            email: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "organizer";
            /**
             * @description Startups start active; investors and corporates pending until an organizer approves them
             * @example active
             * @enum {string}
             */
            status: "pending" | "active" | "rejected";
            /** @example 큐비트랩 김하늘 */
            displayName: string;
            /**
             * @description Language of e-mails and the web app; null until chosen (e-mails then use ko)
             * @example ko
             * @enum {string|null}
             */
            locale: "ko" | "en" | null;
            /**
             * @description Organizers have no profile
             * @enum {string|null}
             */
            profile: null;
        };
        UpdateMeDto: {
            /** @example 큐비트랩 김하늘 */
            displayName?: string;
            /**
             * @description Language of e-mails and the web app
             * @example en
             * @enum {string}
             */
            locale?: "ko" | "en";
        };
        AccountWithProfileView: {
            /**
             * Format: uuid
             * @example 3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10
             */
            id: string;
            /** @example ceo@qubitlab.kr */
            email: string;
            /**
             * @example startup
             * @enum {string}
             */
            role: "organizer" | "startup" | "investor" | "corporate";
            /**
             * @description Startups start active; investors and corporates pending until an organizer approves them
             * @example active
             * @enum {string}
             */
            status: "pending" | "active" | "rejected";
            /** @example 큐비트랩 김하늘 */
            displayName: string;
            /** @description The role's profile: StartupView, InvestorView or CorporateView; null before it is written (and for organizers) */
            profile: (components["schemas"]["StartupView"] | components["schemas"]["InvestorView"] | components["schemas"]["CorporateView"]) | null;
        };
        AccountWithProfileViewPage: {
            items: components["schemas"]["AccountWithProfileView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Items across all pages
             * @example 1
             */
            total: number;
        };
        AccountStatusDto: {
            /** @enum {string} */
            status: "active" | "rejected";
        };
        StartupProfileDto: {
            /** @example 큐비트랩 (QubitLab) */
            name: string;
            /** @example KR */
            country: string;
            /**
             * @example quantum
             * @enum {string}
             */
            sector: "system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum";
            /**
             * @example seed
             * @enum {string}
             */
            stage: "pre-seed" | "seed" | "series-a" | "series-b" | "series-c-plus";
            /** @example 5 */
            trl: number;
            fundingAsk: components["schemas"]["MoneyDto"];
            /** @example 2021 */
            foundedYear: number;
            /** @example 14 */
            employees: number;
            /**
             * @example [
             *       "양자컴퓨팅",
             *       "quantum error correction",
             *       "cryogenic"
             *     ]
             */
            keywords: string[];
            /** @example 초전도 큐비트 기반 양자컴퓨팅 오류정정 칩을 개발합니다. We build error-corrected superconducting qubit chips. */
            description: string;
            /** @example https://qubitlab.kr/deck.pdf */
            deckUrl?: string | null;
        };
        InvestorProfileDto: {
            /** @example Han River Deep Tech Partners */
            firm: string;
            /**
             * @example [
             *       "quantum",
             *       "system-semiconductor"
             *     ]
             */
            sectors: ("system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum")[];
            /**
             * @example [
             *       "seed",
             *       "series-a"
             *     ]
             */
            stages: ("pre-seed" | "seed" | "series-a" | "series-b" | "series-c-plus")[];
            ticketMin: components["schemas"]["MoneyDto"];
            ticketMax: components["schemas"]["MoneyDto"];
            /**
             * @description ISO 3166-1 alpha-2; empty = any country
             * @example [
             *       "KR",
             *       "SG"
             *     ]
             */
            countries: string[];
            /** @example 양자·반도체 분야 시드~시리즈A 딥테크에 투자합니다. Seed to Series A in quantum and chips. */
            thesis: string;
            /** @example 10 */
            maxMeetingsPerDay: number;
        };
        CorporateProfileDto: {
            /** @example Hanbit Electronics */
            company: string;
            /** @example KR */
            country: string;
            /** @example 오픈이노베이션 프로그램 운영 */
            description?: string | null;
        };
        StartupViewPage: {
            items: components["schemas"]["StartupView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Items across all pages
             * @example 1
             */
            total: number;
        };
        InvestorViewPage: {
            items: components["schemas"]["InvestorView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Items across all pages
             * @example 1
             */
            total: number;
        };
        CreateDemandDto: {
            /** @example 차량용 전력반도체 SiC 모듈 공동개발 */
            title: string;
            /** @example We seek SiC power modules for 800V EV inverters; PoC with our mobility division. */
            description: string;
            /**
             * @example [
             *       "system-semiconductor",
             *       "future-mobility"
             *     ]
             */
            sectors: ("system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum")[];
            /**
             * @example [
             *       "SiC",
             *       "전력반도체",
             *       "inverter"
             *     ]
             */
            keywords: string[];
            /** @example 6 */
            minTrl?: number | null;
            /**
             * @example [
             *       "poc",
             *       "joint-development"
             *     ]
             */
            collaboration: ("poc" | "joint-development" | "investment" | "procurement")[];
            /**
             * Format: date
             * @example 2026-12-31
             */
            deadline?: string | null;
        };
        DemandOwnerView: {
            /**
             * Format: uuid
             * @example 9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            accountId: string;
            /** @example Hanbit Electronics */
            company: string;
        };
        DemandView: {
            /**
             * Format: uuid
             * @example 5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d
             */
            id: string;
            /**
             * Format: uuid
             * @example 9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            ownerId: string;
            /** @example 차량용 전력반도체 SiC 모듈 공동개발 */
            title: string;
            /** @example We seek SiC power modules for 800V EV inverters. */
            description: string;
            /**
             * @example [
             *       "system-semiconductor",
             *       "future-mobility"
             *     ]
             */
            sectors: ("system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum")[];
            /**
             * @example [
             *       "SiC",
             *       "전력반도체"
             *     ]
             */
            keywords: string[];
            /** @example 6 */
            minTrl: number | null;
            /**
             * @example [
             *       "poc",
             *       "joint-development"
             *     ]
             */
            collaboration: ("poc" | "joint-development" | "investment" | "procurement")[];
            /**
             * Format: date
             * @example 2026-12-31
             */
            deadline: string | null;
            /**
             * Format: date-time
             * @example 2026-09-01T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-09-01T09:00:00.000Z
             */
            updatedAt: string;
            /** @description The owner's company (null before its profile is written) */
            owner: components["schemas"]["DemandOwnerView"] | null;
        };
        DemandViewPage: {
            items: components["schemas"]["DemandView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Items across all pages
             * @example 1
             */
            total: number;
        };
        UpdateDemandDto: {
            /** @example 차량용 전력반도체 SiC 모듈 공동개발 */
            title?: string;
            /** @example We seek SiC power modules for 800V EV inverters; PoC with our mobility division. */
            description?: string;
            /**
             * @example [
             *       "system-semiconductor",
             *       "future-mobility"
             *     ]
             */
            sectors?: ("system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum")[];
            /**
             * @example [
             *       "SiC",
             *       "전력반도체",
             *       "inverter"
             *     ]
             */
            keywords?: string[];
            /** @example 6 */
            minTrl?: number | null;
            /**
             * @example [
             *       "poc",
             *       "joint-development"
             *     ]
             */
            collaboration?: ("poc" | "joint-development" | "investment" | "procurement")[];
            /**
             * Format: date
             * @example 2026-12-31
             */
            deadline?: string | null;
        };
        MeetingGridDto: {
            /** @example 09:00 */
            dayStart: string;
            /**
             * @description HH:mm; 24:00 is the end of the day
             * @example 18:00
             */
            dayEnd: string;
            /** @example 30 */
            slotMinutes: number;
            /** @example 40 */
            tables: number;
        };
        CreateEventDto: {
            /** @example Global Super-Gap Tech Conference 2026 (초격차 기술 컨퍼런스) */
            name: string;
            /** @example COEX, Seoul */
            venue: string;
            /**
             * @description IANA name; stored in its canonical spelling
             * @example Asia/Seoul
             */
            timezone: string;
            /**
             * Format: date
             * @example 2026-10-28
             */
            startDate: string;
            /**
             * Format: date
             * @description Inclusive; not before startDate
             * @example 2026-10-29
             */
            endDate: string;
            meetingGrid: components["schemas"]["MeetingGridDto"];
        };
        MeetingGridView: {
            /**
             * @description Local HH:mm
             * @example 09:00
             */
            dayStart: string;
            /**
             * @description Local HH:mm
             * @example 18:00
             */
            dayEnd: string;
            /** @example 30 */
            slotMinutes: number;
            /** @example 40 */
            tables: number;
            /**
             * @description Meeting slots per day
             * @example 18
             */
            slotsPerDay: number;
        };
        MatchWeightsView: {
            /** @example 30 */
            sector?: number;
            /** @example 15 */
            stage?: number;
            /** @example 15 */
            ticket?: number;
            /** @example 10 */
            geography?: number;
            /** @example 10 */
            trl?: number;
            /** @example 20 */
            text?: number;
        };
        EventView: {
            /**
             * Format: uuid
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            id: string;
            /** @example Global Super-Gap Tech Conference 2026 */
            name: string;
            /** @example COEX, Seoul */
            venue: string;
            /**
             * @description IANA time zone; every instant of the event is shown with its offset
             * @example Asia/Seoul
             */
            timezone: string;
            /**
             * Format: date
             * @example 2026-10-28
             */
            startDate: string;
            /**
             * Format: date
             * @description Inclusive
             * @example 2026-10-29
             */
            endDate: string;
            meetingGrid: components["schemas"]["MeetingGridView"];
            matchWeights: components["schemas"]["MatchWeightsView"] | null;
            /**
             * Format: date-time
             * @description Set once the schedule is published
             * @example 2026-10-20T18:00:00+09:00
             */
            schedulePublishedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-09-01T10:00:00+09:00
             */
            createdAt: string;
        };
        EventViewPage: {
            items: components["schemas"]["EventView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Items across all pages
             * @example 1
             */
            total: number;
        };
        MatchWeightsDto: {
            /** @example 30 */
            sector?: number;
            /** @example 15 */
            stage?: number;
            /** @example 15 */
            ticket?: number;
            /** @example 10 */
            geography?: number;
            /** @example 10 */
            trl?: number;
            /** @example 20 */
            text?: number;
        };
        UpdateEventDto: {
            /** @example Global Super-Gap Tech Conference 2026 */
            name?: string;
            /** @example COEX, Seoul */
            venue?: string;
            /** @example Asia/Seoul */
            timezone?: string;
            /**
             * Format: date
             * @example 2026-10-28
             */
            startDate?: string;
            /**
             * Format: date
             * @example 2026-10-29
             */
            endDate?: string;
            meetingGrid?: components["schemas"]["MeetingGridDto"];
            /** @description Scoring weights for this event; a change re-scores the event */
            matchWeights?: components["schemas"]["MatchWeightsDto"];
        };
        CreateIrSessionDto: {
            /** @example Quantum & Semiconductors IR */
            title: string;
            /** @example Hall B2 */
            room: string;
            /**
             * Format: date-time
             * @example 2026-10-28T14:00:00+09:00
             */
            startsAt: string;
            /** @example 10 */
            slotMinutes: number;
            /** @example 10 */
            slotCount: number;
            /**
             * @example [
             *       "quantum",
             *       "system-semiconductor"
             *     ]
             */
            sectors: ("system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum")[];
        };
        IrSessionView: {
            /**
             * Format: uuid
             * @example 2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091
             */
            id: string;
            /**
             * Format: uuid
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            eventId: string;
            /** @example Quantum & Semiconductors IR */
            title: string;
            /** @example Hall B2 */
            room: string;
            /**
             * Format: date-time
             * @example 2026-10-28T14:00:00+09:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @example 2026-10-28T15:40:00+09:00
             */
            endsAt: string;
            /** @example 10 */
            slotMinutes: number;
            /**
             * @description Pitches in the session
             * @example 10
             */
            slotCount: number;
            /**
             * @example [
             *       "quantum"
             *     ]
             */
            sectors: ("system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum")[];
        };
        IrSessionViewPage: {
            items: components["schemas"]["IrSessionView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Items across all pages
             * @example 1
             */
            total: number;
        };
        JoinEventDto: {
            /**
             * Format: uuid
             * @description Organizers only: the member to add
             */
            accountId?: string;
        };
        ParticipantView: {
            /**
             * Format: uuid
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            eventId: string;
            /**
             * Format: uuid
             * @example 3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10
             */
            accountId: string;
            /**
             * @example startup
             * @enum {string}
             */
            role: "organizer" | "startup" | "investor" | "corporate";
            /** @example 큐비트랩 김하늘 */
            displayName: string;
            /**
             * Format: date-time
             * @example 2026-09-02T10:00:00.000Z
             */
            joinedAt: string;
        };
        ParticipantListItemView: {
            /**
             * Format: uuid
             * @example 3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10
             */
            accountId: string;
            /**
             * @example startup
             * @enum {string}
             */
            role: "organizer" | "startup" | "investor" | "corporate";
            /** @example 큐비트랩 김하늘 */
            displayName: string;
            /**
             * @example active
             * @enum {string}
             */
            status: "pending" | "active" | "rejected";
            /**
             * Format: date-time
             * @example 2026-09-02T19:00:00+09:00
             */
            joinedAt: string;
        };
        ParticipantListItemViewPage: {
            items: components["schemas"]["ParticipantListItemView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Items across all pages
             * @example 1
             */
            total: number;
        };
        BlockedIntervalDto: {
            /**
             * Format: date-time
             * @example 2026-10-28T12:00:00+09:00
             */
            from: string;
            /**
             * Format: date-time
             * @description Exclusive; after from
             * @example 2026-10-28T13:00:00+09:00
             */
            to: string;
        };
        AvailabilityDto: {
            blocked: components["schemas"]["BlockedIntervalDto"][];
        };
        BlockedIntervalView: {
            /**
             * Format: date-time
             * @example 2026-10-28T12:00:00+09:00
             */
            from: string;
            /**
             * Format: date-time
             * @description Exclusive
             * @example 2026-10-28T13:00:00+09:00
             */
            to: string;
        };
        AvailabilityView: {
            /** @description Half-open [from, to) intervals the participant cannot meet in */
            blocked: components["schemas"]["BlockedIntervalView"][];
        };
        BreakdownView: {
            /**
             * @description Sector: 0–1, null where it does not apply
             * @example 1
             */
            sector: number | null;
            /**
             * @description Stage: 0–1, null where it does not apply
             * @example 0.5
             */
            stage: number | null;
            /**
             * @description Ticket vs funding ask: 0–1, null where it does not apply
             * @example 0.82
             */
            ticket: number | null;
            /**
             * @description Geography: 0–1, null where it does not apply
             * @example 1
             */
            geography: number | null;
            /**
             * @description TRL vs the demand's minimum (demands only): 0–1, null where it does not apply
             * @example null
             */
            trl: number | null;
            /**
             * @description Text similarity: 0–1, null where it does not apply
             * @example 0.31
             */
            text: number | null;
        };
        SharedConceptView: {
            /**
             * @description Catalogue concept id
             * @example solid-electrolyte
             */
            id: string;
            /** @example solid electrolyte */
            en: string;
            /** @example 고체전해질 */
            ko: string;
        };
        MatchReasonView: {
            /**
             * @example text
             * @enum {string}
             */
            factor: "sector" | "stage" | "ticket" | "geography" | "trl" | "text";
            /** @example Both work on: solid electrolyte (고체전해질) */
            en: string;
            /** @example 공통 기술: 고체전해질 (solid electrolyte) */
            ko: string;
        };
        MatchExplanationView: {
            /** @description Technology concepts both texts mention, found across languages; strongest first */
            sharedConcepts: components["schemas"]["SharedConceptView"][];
            /** @description One reason per factor that applies to the pair */
            reasons: components["schemas"]["MatchReasonView"][];
        };
        MatchInvestorView: {
            /**
             * Format: uuid
             * @example 7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e
             */
            accountId: string;
            /** @example Han River Deep Tech Partners */
            firm: string;
            /**
             * @example [
             *       "quantum"
             *     ]
             */
            sectors: ("system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum")[];
            /**
             * @example [
             *       "seed",
             *       "series-a"
             *     ]
             */
            stages: ("pre-seed" | "seed" | "series-a" | "series-b" | "series-c-plus")[];
            ticketMin: components["schemas"]["MoneyDto"];
            ticketMax: components["schemas"]["MoneyDto"];
            /**
             * @example [
             *       "KR"
             *     ]
             */
            countries: string[];
            /** @example Seed to Series A in quantum and chips. */
            thesis: string;
        };
        MatchDemandView: {
            /**
             * Format: uuid
             * @example 5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d
             */
            id: string;
            /** @example 차량용 전력반도체 SiC 모듈 공동개발 */
            title: string;
            /** @example We seek SiC power modules for 800V EV inverters. */
            description: string;
            /**
             * @example [
             *       "system-semiconductor"
             *     ]
             */
            sectors: ("system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum")[];
            /**
             * @example [
             *       "SiC"
             *     ]
             */
            keywords: string[];
            /** @example 6 */
            minTrl: number | null;
            /**
             * @example [
             *       "poc"
             *     ]
             */
            collaboration: ("poc" | "joint-development" | "investment" | "procurement")[];
            /**
             * Format: date
             * @example 2026-12-31
             */
            deadline: string | null;
            owner: components["schemas"]["DemandOwnerView"];
        };
        DecisionView: {
            /**
             * @example interested
             * @enum {string}
             */
            decision: "interested" | "maybe" | "declined";
            /** @example 팀 역량 우수 */
            note: string | null;
            /**
             * @example null
             * @enum {string|null}
             */
            reason: "stage" | "sector" | "ticket" | "traction" | "team" | "other" | null;
        };
        MatchDecisionsView: {
            startup: components["schemas"]["DecisionView"] | null;
            counterpart: components["schemas"]["DecisionView"] | null;
        };
        MatchView: {
            /**
             * Format: uuid
             * @description Shared by both sides
             * @example 6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f
             */
            id: string;
            /**
             * Format: uuid
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            eventId: string;
            /**
             * @example investor
             * @enum {string}
             */
            kind: "investor" | "demand";
            /** @example 87.5 */
            score: number;
            breakdown: components["schemas"]["BreakdownView"];
            /**
             * @description The hard rule that forced the score to 0, if any
             * @example null
             */
            excluded: string | null;
            explanation: components["schemas"]["MatchExplanationView"];
            /** @description `deckUrl` only for the startup itself, organizers and investors matched to it */
            startup: components["schemas"]["StartupView"];
            investor: components["schemas"]["MatchInvestorView"] | null;
            demand: components["schemas"]["MatchDemandView"] | null;
            /**
             * @description The caller's own decision (null: undecided, or the caller is not a party)
             * @example interested
             * @enum {string|null}
             */
            myDecision: "interested" | "maybe" | "declined" | null;
            /**
             * @description The caller's private note (parties only)
             * @example 2차 미팅 희망
             */
            myNote?: string | null;
            /**
             * @description The caller's decline reason (parties only)
             * @enum {string|null}
             */
            myReason?: "stage" | "sector" | "ticket" | "traction" | "team" | "other" | null;
            /**
             * @description Both sides are interested
             * @example true
             */
            mutual: boolean;
            /** @description Organizers only */
            decisions?: components["schemas"]["MatchDecisionsView"];
        };
        MatchViewPage: {
            items: components["schemas"]["MatchView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Items across all pages
             * @example 1
             */
            total: number;
        };
        DecisionDto: {
            /**
             * @example interested
             * @enum {string}
             */
            decision: "interested" | "maybe" | "declined";
            /**
             * @description Private: seen by its author and organizers only
             * @example 팀 역량 우수, 2차 미팅 희망
             */
            note?: string | null;
            /**
             * @description Only with decision = declined
             * @enum {string}
             */
            reason?: "stage" | "sector" | "ticket" | "traction" | "team" | "other";
        };
        RunQueuedView: {
            /**
             * Format: uuid
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            id: string;
            /**
             * @example queued
             * @enum {string}
             */
            status: "queued" | "running" | "done" | "failed";
        };
        MatchRunView: {
            /**
             * Format: uuid
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            id: string;
            /**
             * Format: uuid
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            eventId: string;
            /**
             * @example done
             * @enum {string}
             */
            status: "queued" | "running" | "done" | "failed";
            /** @example 1 */
            progress: number;
            /** @example 12000 */
            pairsScored: number;
            /** @example 2400 */
            matchesStored: number;
            /**
             * Format: date-time
             * @example 2026-10-20T10:00:01+09:00
             */
            startedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-10-20T10:00:03+09:00
             */
            finishedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-10-20T10:00:00+09:00
             */
            createdAt: string;
            /**
             * @description Why a failed run failed
             * @example Event not found
             */
            error?: string;
        };
        DeclineReasonCountView: {
            /**
             * @example counterpart
             * @enum {string}
             */
            side: "startup" | "counterpart";
            /**
             * @example investor
             * @enum {string}
             */
            kind: "investor" | "demand";
            /**
             * @example stage
             * @enum {string|null}
             */
            reason: "stage" | "sector" | "ticket" | "traction" | "team" | "other" | null;
            /** @example 4 */
            count: number;
        };
        DeclineReasonsView: {
            /** @description Most frequent first */
            items: components["schemas"]["DeclineReasonCountView"][];
        };
        ConceptPartiesView: {
            /** @example 120 */
            startups: number;
            /** @example 35 */
            investors: number;
            /** @example 18 */
            demands: number;
        };
        ConceptCountView: {
            /**
             * @description Catalogue concept id
             * @example solid-electrolyte
             */
            id: string;
            /** @example solid electrolyte */
            en: string;
            /** @example 고체전해질 */
            ko: string;
            /**
             * @description The sector's startups that mention it
             * @example 12
             */
            startups: number;
            /**
             * @description Investors covering the sector that mention it
             * @example 4
             */
            investors: number;
            /**
             * @description Demands covering the sector that mention it
             * @example 1
             */
            demands: number;
        };
        SectorConceptsView: {
            /**
             * @example future-mobility
             * @enum {string}
             */
            sector: "system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum";
            /** @example Future mobility */
            en: string;
            /** @example 미래 모빌리티 */
            ko: string;
            /** @example 40 */
            startups: number;
            /**
             * @description Startups whose profile mentions at least one catalogue concept
             * @example 37
             */
            startupsWithConcepts: number;
            /** @description Most mentioned first (at most 10) */
            topConcepts: components["schemas"]["ConceptCountView"][];
        };
        ConceptDemandView: {
            /**
             * Format: uuid
             * @example 5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d
             */
            id: string;
            /** @example 수소 트럭용 연료전지 스택 공동개발 */
            title: string;
        };
        UnmatchedConceptView: {
            /** @example fuel-cell */
            id: string;
            /** @example fuel cell */
            en: string;
            /** @example 연료전지 */
            ko: string;
            /** @description The demands that ask for it */
            demands: components["schemas"]["ConceptDemandView"][];
        };
        ConceptReportView: {
            /**
             * Format: uuid
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            eventId: string;
            parties: components["schemas"]["ConceptPartiesView"];
            /** @description Sectors with startups, in the catalogue order */
            sectors: components["schemas"]["SectorConceptsView"][];
            /** @description Concepts demands ask for that no startup offers, even through a narrower concept */
            unmatchedDemandConcepts: components["schemas"]["UnmatchedConceptView"][];
        };
        CreateMeetingRequestDto: {
            /**
             * Format: uuid
             * @description The match this meeting is for
             * @example 6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f
             */
            matchId: string;
            /** @example 양자 오류정정 로드맵을 논의하고 싶습니다. */
            message?: string | null;
        };
        RequestMeetingView: {
            /**
             * Format: uuid
             * @example 5e6f7081-92a3-4b4c-8d5e-6f708192a3b4
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-10-28T10:00:00+09:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @example 2026-10-28T10:30:00+09:00
             */
            endsAt: string;
            /** @example 12 */
            table: number;
            /**
             * @description Until the schedule is published
             * @example true
             */
            provisional: boolean;
        };
        PartyNameView: {
            /**
             * Format: uuid
             * @example 3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10
             */
            accountId: string;
            /**
             * @description Startup name, firm or company (never an e-mail address)
             * @example 큐비트랩 QubitLab
             */
            name: string;
            /**
             * @example startup
             * @enum {string}
             */
            role: "startup" | "investor" | "corporate";
        };
        MeetingRequestView: {
            /**
             * Format: uuid
             * @example 6f708192-a3b4-4c5d-9e6f-708192a3b4c5
             */
            id: string;
            /**
             * Format: uuid
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            eventId: string;
            /**
             * Format: uuid
             * @example 6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f
             */
            matchId: string;
            /**
             * Format: uuid
             * @example 3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10
             */
            senderId: string;
            /**
             * Format: uuid
             * @example 7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e
             */
            recipientId: string;
            /**
             * Format: uuid
             * @example 3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10
             */
            startupId: string;
            /**
             * Format: uuid
             * @example 7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e
             */
            counterpartId: string;
            /**
             * @description The caller's side (null for organizers)
             * @example sent
             * @enum {string|null}
             */
            direction: "sent" | "received" | null;
            /** @example 양자 오류정정 로드맵을 논의하고 싶습니다. */
            message: string | null;
            /**
             * @example booked
             * @enum {string}
             */
            status: "pending" | "accepted" | "declined" | "withdrawn" | "booked" | "unschedulable" | "cancelled";
            /**
             * @description Why it is unschedulable, declined or cancelled
             * @example null
             */
            reason: string | null;
            /** @description Once booked */
            meeting: components["schemas"]["RequestMeetingView"] | null;
            /**
             * Format: date-time
             * @example 2026-10-01T10:00:00+09:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-10-01T11:00:00+09:00
             */
            updatedAt: string;
            /** @description In lists: the startup of the request */
            startup?: components["schemas"]["PartyNameView"] | null;
            /** @description In lists: the investor or corporate of the request */
            counterpart?: components["schemas"]["PartyNameView"] | null;
        };
        MeetingRequestViewPage: {
            items: components["schemas"]["MeetingRequestView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Items across all pages
             * @example 1
             */
            total: number;
        };
        DeclineRequestDto: {
            /** @example Schedule is full this time */
            reason?: string;
        };
        MoveMeetingDto: {
            /**
             * Format: date-time
             * @description Start of the new slot
             * @example 2026-10-28T14:30:00+09:00
             */
            startsAt?: string;
            /** @example 12 */
            table?: number;
        };
        MeetingView: {
            /**
             * Format: uuid
             * @example 5e6f7081-92a3-4b4c-8d5e-6f708192a3b4
             */
            id: string;
            /**
             * Format: uuid
             * @example 6f708192-a3b4-4c5d-9e6f-708192a3b4c5
             */
            requestId: string;
            /**
             * @description [startup, counterpart]
             * @example [
             *       "3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10",
             *       "7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e"
             *     ]
             */
            participants: string[];
            /**
             * @example booked
             * @enum {string}
             */
            status: "booked" | "cancelled" | "held";
            /**
             * @description Calendar SEQUENCE: grows with every move or cancellation
             * @example 1
             */
            sequence: number;
            /**
             * Format: date-time
             * @example 2026-10-28T10:00:00+09:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @example 2026-10-28T10:30:00+09:00
             */
            endsAt: string;
            /** @example 12 */
            table: number;
        };
        ScheduleRunView: {
            /**
             * Format: uuid
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            id: string;
            /**
             * Format: uuid
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            eventId: string;
            /**
             * @example done
             * @enum {string}
             */
            status: "queued" | "running" | "done" | "failed";
            /**
             * @description Share of the work done: 0 to 1 while it runs, 1 when done
             * @example 1
             */
            progress: number;
            /**
             * Format: date-time
             * @example 2026-10-20T10:00:00+09:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-10-20T10:00:01+09:00
             */
            startedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-10-20T10:00:02+09:00
             */
            finishedAt: string | null;
            /**
             * @description Why a failed run failed
             * @example Event not found
             */
            error?: string;
            /**
             * @description Accepted requests planned
             * @example 1200
             */
            accepted?: number;
            /** @example 1180 */
            booked?: number;
            /** @example 20 */
            unschedulable?: number;
            /**
             * @description True upper bound on the meetings any valid plan books
             * @example 1184
             */
            upperBound?: number;
            /**
             * @description booked / upperBound
             * @example 0.9966
             */
            ratio?: number;
            /**
             * @description Total value of the booked requests
             * @example 97250
             */
            value?: number;
            /**
             * @description True upper bound on the value of any valid plan
             * @example 97400
             */
            valueUpperBound?: number;
            /** @example 0.9985 */
            valueRatio?: number;
            /**
             * @description Meetings kept where they were (published)
             * @example 0
             */
            fixed?: number;
            /** @example 300 */
            startupsWithRequests?: number;
            /** @example 298 */
            startupsThatCanMeet?: number;
            /** @example 298 */
            startupsWithMeeting?: number;
            /**
             * @description Optimizer time in milliseconds
             * @example 240
             */
            ms?: number;
        };
        PublishView: {
            /**
             * Format: uuid
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            eventId: string;
            /**
             * Format: date-time
             * @example 2026-10-25T18:00:00+09:00
             */
            publishedAt: string;
            /**
             * @description Meetings frozen
             * @example 1180
             */
            meetings: number;
        };
        BusyParticipantView: {
            /**
             * Format: uuid
             * @example 7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e
             */
            id: string;
            /**
             * @example counterpart
             * @enum {string}
             */
            side: "startup" | "counterpart";
            /** @example 30 */
            requests: number;
            /**
             * @description Meetings the person could hold at most
             * @example 20
             */
            capacity: number;
            /**
             * @description Requests beyond that capacity
             * @example 10
             */
            excess: number;
        };
        CapacityView: {
            /**
             * @description Accepted requests
             * @example 1200
             */
            requests: number;
            /** @example 36 */
            slots: number;
            /** @example 40 */
            tables: number;
            /** @example 1440 */
            tableSlots: number;
            /**
             * @description requests / tableSlots
             * @example 0.83
             */
            tableUtilisation: number | null;
            /**
             * @description ceil(requests / slots) plus 15 % headroom
             * @example 39
             */
            tablesNeeded: number;
            /** @example 3 */
            overbookedParticipants: number;
            busiest: components["schemas"]["BusyParticipantView"][];
            /**
             * @example [
             *       "3 participants have more requests than free slots"
             *     ]
             */
            warnings: string[];
        };
        CreateIrRequestDto: {
            /**
             * @description IR sessions in order of preference
             * @example [
             *       "2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091"
             *     ]
             */
            sessionIds: string[];
        };
        PitchView: {
            /**
             * Format: uuid
             * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
             */
            id: string;
            /**
             * Format: uuid
             * @example 2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091
             */
            sessionId: string;
            /**
             * @description Place in the session, from 1
             * @example 3
             */
            position: number;
            /**
             * Format: date-time
             * @example 2026-10-28T14:20:00+09:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @example 2026-10-28T14:30:00+09:00
             */
            endsAt: string;
        };
        IrRequestView: {
            /**
             * Format: uuid
             * @example 8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b
             */
            id: string;
            /**
             * Format: uuid
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            eventId: string;
            /**
             * Format: uuid
             * @example 3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10
             */
            startupId: string;
            /**
             * @description Ranked preferences
             * @example [
             *       "2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091"
             *     ]
             */
            sessionIds: string[];
            /**
             * @example allocated
             * @enum {string}
             */
            status: "requested" | "allocated" | "waitlisted" | "withdrawn";
            /** @description When allocated */
            pitch?: components["schemas"]["PitchView"];
            /**
             * @description When waitlisted: 1 is next
             * @example 2
             */
            waitlistPosition?: number | null;
            /**
             * Format: date-time
             * @example 2026-10-01T10:00:00+09:00
             */
            createdAt: string;
        };
        IrRequestViewPage: {
            items: components["schemas"]["IrRequestView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Items across all pages
             * @example 1
             */
            total: number;
        };
        IrAllocationRunView: {
            /**
             * Format: uuid
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            id: string;
            /**
             * Format: uuid
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            eventId: string;
            /**
             * @example done
             * @enum {string}
             */
            status: "queued" | "running" | "done" | "failed";
            /**
             * @description Share of the work done: 0 to 1 while it runs, 1 when done
             * @example 1
             */
            progress: number;
            /**
             * Format: date-time
             * @example 2026-10-20T10:00:00+09:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-10-20T10:00:01+09:00
             */
            startedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-10-20T10:00:02+09:00
             */
            finishedAt: string | null;
            /**
             * @description Why a failed run failed
             * @example Event not found
             */
            error?: string;
            /** @example 40 */
            requests?: number;
            /** @example 30 */
            allocated?: number;
            /** @example 10 */
            waitlisted?: number;
        };
        LineupStartupView: {
            /**
             * Format: uuid
             * @example 3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10
             */
            accountId: string;
            /** @example 큐비트랩 (QubitLab) */
            name: string;
            /**
             * @example quantum
             * @enum {string}
             */
            sector: "system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum";
        };
        LineupEntryView: {
            /** @example 1 */
            position: number;
            /**
             * Format: date-time
             * @example 2026-10-28T14:00:00+09:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @example 2026-10-28T14:10:00+09:00
             */
            endsAt: string;
            startup: components["schemas"]["LineupStartupView"];
        };
        IrSessionLineupView: {
            /**
             * Format: uuid
             * @example 2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091
             */
            id: string;
            /**
             * Format: uuid
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            eventId: string;
            /** @example Quantum & Semiconductors IR */
            title: string;
            /** @example Hall B2 */
            room: string;
            /**
             * Format: date-time
             * @example 2026-10-28T14:00:00+09:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @example 2026-10-28T15:40:00+09:00
             */
            endsAt: string;
            /** @example 10 */
            slotMinutes: number;
            /**
             * @description Pitches in the session
             * @example 10
             */
            slotCount: number;
            /**
             * @example [
             *       "quantum"
             *     ]
             */
            sectors: ("system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum")[];
            lineup: components["schemas"]["LineupEntryView"][];
            /** @example 2 */
            freePositions: number;
        };
        AgendaPartyView: {
            /**
             * Format: uuid
             * @example 7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e
             */
            accountId: string;
            /**
             * @description Startup name, firm or company
             * @example Han River Deep Tech Partners
             */
            name: string;
            /**
             * @example investor
             * @enum {string}
             */
            role: "startup" | "investor" | "corporate";
        };
        AgendaMeetingView: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "meeting";
            /**
             * Format: uuid
             * @example 5e6f7081-92a3-4b4c-8d5e-6f708192a3b4
             */
            id: string;
            /**
             * Format: uuid
             * @example 6f708192-a3b4-4c5d-9e6f-708192a3b4c5
             */
            requestId: string;
            /**
             * Format: date-time
             * @example 2026-10-28T10:00:00+09:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @example 2026-10-28T10:30:00+09:00
             */
            endsAt: string;
            /** @example 12 */
            table: number;
            /**
             * @example booked
             * @enum {string}
             */
            status: "booked" | "cancelled";
            /**
             * @description Until the schedule is published
             * @example true
             */
            provisional: boolean;
            /** @description The other party */
            with: components["schemas"]["AgendaPartyView"];
        };
        AgendaPitchView: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "pitch";
            /**
             * Format: uuid
             * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
             */
            id: string;
            /**
             * Format: uuid
             * @example 2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091
             */
            sessionId: string;
            /**
             * @description Session title
             * @example Quantum & Semiconductors IR
             */
            session: string;
            /** @example Hall B2 */
            room: string;
            /** @example 3 */
            position: number;
            /**
             * Format: date-time
             * @example 2026-10-28T14:20:00+09:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @example 2026-10-28T14:30:00+09:00
             */
            endsAt: string;
        };
        ScheduleStartupView: {
            /**
             * Format: uuid
             * @example 3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10
             */
            accountId: string;
            /** @example 큐비트랩 (QubitLab) */
            name: string;
        };
        ScheduleMeetingView: {
            /**
             * Format: uuid
             * @example 5e6f7081-92a3-4b4c-8d5e-6f708192a3b4
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-10-28T10:00:00+09:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @example 2026-10-28T10:30:00+09:00
             */
            endsAt: string;
            /**
             * @description Slot index: day × slotsPerDay + slot of the day
             * @example 2
             */
            slot: number;
            /** @example 12 */
            table: number;
            /**
             * @description [startup, counterpart]
             * @example [
             *       "3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10",
             *       "7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e"
             *     ]
             */
            participants: string[];
            /**
             * Format: uuid
             * @example 6f708192-a3b4-4c5d-9e6f-708192a3b4c5
             */
            requestId: string;
            startup: components["schemas"]["ScheduleStartupView"];
            counterpart: components["schemas"]["AgendaPartyView"];
            /** @example 0 */
            sequence: number;
        };
        SchedulePitchView: {
            /**
             * Format: uuid
             * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
             */
            id: string;
            /**
             * Format: uuid
             * @example 2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091
             */
            sessionId: string;
            /** @example Quantum & Semiconductors IR */
            session: string;
            /** @example Hall B2 */
            room: string;
            /** @example 3 */
            position: number;
            /**
             * Format: date-time
             * @example 2026-10-28T14:20:00+09:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @example 2026-10-28T14:30:00+09:00
             */
            endsAt: string;
            /**
             * Format: uuid
             * @example 3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10
             */
            accountId: string;
            /** @example 큐비트랩 (QubitLab) */
            name: string;
        };
        ScheduleView: {
            /**
             * Format: uuid
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            eventId: string;
            /** @example Asia/Seoul */
            timezone: string;
            /** @example true */
            published: boolean;
            /** @description Every booked meeting (not paginated) */
            meetings: components["schemas"]["ScheduleMeetingView"][];
            pitches: components["schemas"]["SchedulePitchView"][];
        };
        AgendaView: {
            /**
             * Format: uuid
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            eventId: string;
            /** @example Asia/Seoul */
            timezone: string;
            /** @example false */
            published: boolean;
            /** @description The caller's meetings and pitches in time order */
            items: (components["schemas"]["AgendaMeetingView"] | components["schemas"]["AgendaPitchView"])[];
        };
        CalendarFeedLinkView: {
            /**
             * @description Path of the subscription feed on this server (readable without a token; keep it private)
             * @example /v1/calendar-feeds/eyJhbGciOi…/agenda.ics
             */
            path: string;
            /**
             * @description Seconds until the link stops working
             * @example 31536000
             */
            expiresIn: number;
        };
        ScheduleBoardPeopleView: {
            /**
             * @example [
             *       "3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10",
             *       "7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e"
             *     ]
             */
            accountId: string[];
            /**
             * @description Startup name, firm or company
             * @example [
             *       "큐비트랩 (QubitLab)",
             *       "Han River Deep Tech Partners"
             *     ]
             */
            name: string[];
            /**
             * @example [
             *       "startup",
             *       "investor"
             *     ]
             */
            role: ("startup" | "investor" | "corporate")[];
        };
        ScheduleBoardTimesView: {
            /**
             * @example [
             *       "2026-10-28T10:00:00+09:00"
             *     ]
             */
            startsAt: string[];
            /**
             * @example [
             *       "2026-10-28T10:30:00+09:00"
             *     ]
             */
            endsAt: string[];
        };
        ScheduleBoardMeetingsView: {
            /**
             * @example [
             *       "5e6f7081-92a3-4b4c-8d5e-6f708192a3b4"
             *     ]
             */
            id: string[];
            /**
             * @description Index into `times`
             * @example [
             *       0
             *     ]
             */
            time: number[];
            /**
             * @example [
             *       12
             *     ]
             */
            table: number[];
            /**
             * @description Index into `people`: the startup
             * @example [
             *       0
             *     ]
             */
            startup: number[];
            /**
             * @description Index into `people`: the investor or corporate
             * @example [
             *       1
             *     ]
             */
            counterpart: number[];
        };
        ScheduleBoardPitchView: {
            /**
             * @description Index into `people`: the pitching startup
             * @example 0
             */
            person: number;
            /**
             * @description Session title
             * @example Quantum & Semiconductors IR
             */
            session: string;
            /**
             * Format: date-time
             * @example 2026-10-28T14:20:00+09:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @example 2026-10-28T14:30:00+09:00
             */
            endsAt: string;
        };
        ScheduleBoardView: {
            /**
             * Format: uuid
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            eventId: string;
            /** @example Asia/Seoul */
            timezone: string;
            /** @example false */
            published: boolean;
            people: components["schemas"]["ScheduleBoardPeopleView"];
            times: components["schemas"]["ScheduleBoardTimesView"];
            /** @description In order of start and table */
            meetings: components["schemas"]["ScheduleBoardMeetingsView"];
            /** @description Scheduled IR pitches, in order of start */
            pitches: components["schemas"]["ScheduleBoardPitchView"][];
        };
        PartyRefView: {
            /**
             * Format: uuid
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            accountId: string;
            /** @example Han River Deep Tech Partners */
            name: string;
            /** @enum {string} */
            role?: "startup" | "investor" | "corporate";
        };
        CheckInView: {
            /**
             * Format: uuid
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            accountId: string;
            /** @example 2026-10-28T10:00:00+09:00 */
            at: string;
            /**
             * @description agenda: checked in alone; code: recorded through a check-in code
             * @enum {string}
             */
            via: "agenda" | "code";
        };
        NoShowView: {
            /**
             * Format: uuid
             * @description The absent party
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            accountId: string;
            /**
             * Format: uuid
             * @description The present party who marked it
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            markedBy: string;
            /** @example 2026-10-28T10:00:00+09:00 */
            at: string;
        };
        CheckInCodeView: {
            /**
             * @description Show it to the other party, who types it
             * @example K7Q2XM
             */
            code: string;
            /**
             * @description Render as a QR code; the other party scans it and posts it as `code`
             * @example SGM1:CHECKIN:0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11:K7Q2XM
             */
            qrPayload: string;
        };
        MeetingDetailView: {
            /**
             * Format: uuid
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            id: string;
            /**
             * Format: uuid
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            eventId: string;
            /**
             * Format: uuid
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            requestId: string;
            /** @description [startup, counterpart] account ids */
            participants: string[];
            /** @description [startup, counterpart] with their public names */
            parties: components["schemas"]["PartyRefView"][];
            /** @example 2026-10-28T10:00:00+09:00 */
            startsAt: string;
            /** @example 2026-10-28T10:30:00+09:00 */
            endsAt: string;
            /** @example 12 */
            table: number;
            /**
             * @description held: both checked in, or both outcomes say it was held
             * @enum {string}
             */
            status: "booked" | "cancelled" | "held";
            /** @description True until the schedule is published */
            provisional: boolean;
            /** @description Calendar SEQUENCE */
            sequence: number;
            checkIns: components["schemas"]["CheckInView"][];
            noShow: components["schemas"]["NoShowView"] | null;
            /**
             * @description From then the present party may mark a no-show
             * @example 2026-10-28T10:10:00+09:00
             */
            noShowAllowedFrom: string;
            /** @description The caller's own code (parties only) */
            myCheckInCode: components["schemas"]["CheckInCodeView"] | null;
            /** @description Who recorded an outcome (a party sees only itself) */
            outcomeRecordedBy: string[];
        };
        CheckInDto: {
            /**
             * @description The other party's check-in code as typed, or the QR payload scanned from its phone (SGM1:CHECKIN:<meetingId>:<code>). With it both parties are recorded as present; without it only the caller.
             * @example K7Q2XM
             */
            code?: string;
        };
        OutcomeDto: {
            /**
             * @description Whether the meeting took place
             * @example true
             */
            held: boolean;
            /**
             * @description "none" cannot be combined with others
             * @example [
             *       "nda",
             *       "poc"
             *     ]
             */
            followUps: ("nda" | "poc" | "mou" | "term-sheet" | "investment" | "procurement" | "none")[];
            /** @description An amount discussed or committed (investment, procurement), in minor units */
            amount?: components["schemas"]["MoneyDto"];
            /**
             * @description Private: seen by its author and organizers only
             * @example 다음 주 PoC 범위 논의. PoC scope next week.
             */
            note?: string;
        };
        OutcomeView: {
            /**
             * Format: uuid
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            meetingId: string;
            /**
             * Format: uuid
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            accountId: string;
            /** @enum {string} */
            side: "startup" | "counterpart";
            held: boolean;
            /**
             * @example [
             *       "nda",
             *       "poc"
             *     ]
             */
            followUps: ("nda" | "poc" | "mou" | "term-sheet" | "investment" | "procurement" | "none")[];
            amount: components["schemas"]["MoneyDto"] | null;
            /** @description Private to its author and organizers */
            note: string | null;
            /** @example 2026-10-28T10:00:00+09:00 */
            recordedAt: string;
            /** @example 2026-10-28T10:00:00+09:00 */
            updatedAt: string;
        };
        OutcomeListView: {
            items: components["schemas"]["OutcomeView"][];
        };
        PipelineItemView: {
            /**
             * Format: uuid
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            meetingId: string;
            /** @example 2026-10-28T10:00:00+09:00 */
            startsAt: string;
            /** @example 2026-10-28T10:30:00+09:00 */
            endsAt: string;
            /** @example 12 */
            table: number;
            with: components["schemas"]["PartyRefView"];
            /** @description null: still to record */
            outcome: components["schemas"]["OutcomeView"] | null;
        };
        PipelineItemViewPage: {
            items: components["schemas"]["PipelineItemView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Items across all pages
             * @example 1
             */
            total: number;
        };
        FunnelCountsView: {
            matched: number;
            decided: number;
            mutual: number;
            requested: number;
            accepted: number;
            booked: number;
            published: number;
            held: number;
            followUp: number;
        };
        FunnelSectorView: {
            matched: number;
            decided: number;
            mutual: number;
            requested: number;
            accepted: number;
            booked: number;
            published: number;
            held: number;
            followUp: number;
            /**
             * @description The startup's sector
             * @example quantum
             */
            sector: string;
        };
        FunnelCountryView: {
            matched: number;
            decided: number;
            mutual: number;
            requested: number;
            accepted: number;
            booked: number;
            published: number;
            held: number;
            followUp: number;
            /**
             * @description The startup's country
             * @example KR
             */
            country: string;
        };
        FunnelReportView: {
            /**
             * Format: uuid
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            eventId: string;
            /** @example 2026-10-28T10:00:00+09:00 */
            generatedAt: string;
            /**
             * @example [
             *       "matched",
             *       "decided",
             *       "mutual",
             *       "requested",
             *       "accepted",
             *       "booked",
             *       "published",
             *       "held",
             *       "followUp"
             *     ]
             */
            stages: string[];
            /**
             * @description Each match is counted once at every stage it reached
             * @enum {string}
             */
            unit: "match";
            overall: components["schemas"]["FunnelCountsView"];
            bySector: components["schemas"]["FunnelSectorView"][];
            byCountry: components["schemas"]["FunnelCountryView"][];
        };
        OutcomeTotalsView: {
            recorded: number;
            held: number;
            notHeld: number;
            startup: number;
            counterpart: number;
            meetings: number;
        };
        SideCountsView: {
            startup: number;
            counterpart: number;
        };
        CurrencyTotalView: {
            /** @example USD */
            currency: string;
            /** @description Minor units */
            total: number;
            reports: number;
        };
        FollowUpKindView: {
            /** @enum {string} */
            kind: "nda" | "poc" | "mou" | "term-sheet" | "investment" | "procurement" | "none";
            /** @description Outcomes naming it */
            reports: number;
            /** @description Distinct meetings */
            meetings: number;
            bySide: components["schemas"]["SideCountsView"];
            /** @description Amounts of the outcomes naming it, per currency */
            amounts: components["schemas"]["CurrencyTotalView"][];
        };
        SideAmountView: {
            total: number;
            reports: number;
        };
        SideAmountsView: {
            startup: components["schemas"]["SideAmountView"];
            counterpart: components["schemas"]["SideAmountView"];
        };
        CurrencyAmountView: {
            /** @example USD */
            currency: string;
            /** @description Minor units; never summed across currencies */
            total: number;
            reports: number;
            meetings: number;
            bySide: components["schemas"]["SideAmountsView"];
        };
        NoShowCountsView: {
            /** @description Started meetings that were booked at their start */
            meetingsStarted: number;
            held: number;
            /** @description Started, not held, with a party not checked in */
            meetings: number;
            /** @description Absent parties per side */
            bySide: components["schemas"]["SideCountsView"];
            bothAbsent: number;
            /** @description Marked by the present party */
            marked: number;
        };
        OutcomesReportView: {
            /**
             * Format: uuid
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            eventId: string;
            /** @example 2026-10-28T10:00:00+09:00 */
            generatedAt: string;
            outcomes: components["schemas"]["OutcomeTotalsView"];
            followUps: components["schemas"]["FollowUpKindView"][];
            amounts: components["schemas"]["CurrencyAmountView"][];
            noShows: components["schemas"]["NoShowCountsView"];
        };
        NoShowItemView: {
            /**
             * Format: uuid
             * @example 0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11
             */
            meetingId: string;
            /** @example 2026-10-28T10:00:00+09:00 */
            startsAt: string;
            /** @example 2026-10-28T10:30:00+09:00 */
            endsAt: string;
            /** @example 12 */
            table: number;
            startup: components["schemas"]["PartyRefView"];
            counterpart: components["schemas"]["PartyRefView"];
            checkedIn: string[];
            /** @description Parties without a check-in */
            absent: string[];
            /** @description Set once the present party marked the no-show */
            marked: components["schemas"]["NoShowView"] | null;
        };
        NoShowItemViewPage: {
            items: components["schemas"]["NoShowItemView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Items across all pages
             * @example 1
             */
            total: number;
        };
        NotificationView: {
            /**
             * Format: uuid
             * @example 7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d
             */
            id: string;
            /**
             * Format: uuid
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            eventId: string | null;
            /**
             * @example meeting.booked
             * @enum {string}
             */
            type: "meeting.booked" | "meeting.moved" | "meeting.cancelled" | "request.received" | "request.accepted" | "request.declined" | "request.unschedulable" | "pitch.allocated" | "pitch.waitlisted" | "pitch.cancelled" | "schedule.published" | "demand.removed" | "meeting.checked-in" | "meeting.no-show" | "outcome.reminder";
            /**
             * @description What it is about, by type: ids (meetingId, requestId, sessionId, …) and the facts a client shows (startsAt, table, position, reason)
             * @example {
             *       "meetingId": "5e6f7081-92a3-4b4c-8d5e-6f708192a3b4",
             *       "requestId": "6f708192-a3b4-4c5d-9e6f-708192a3b4c5",
             *       "startsAt": "2026-10-28T10:30:00+09:00",
             *       "table": 12
             *     }
             */
            payload: {
                /**
                 * Format: uuid
                 * @description meeting.*
                 */
                meetingId?: string;
                /**
                 * Format: uuid
                 * @description request.*, meeting.booked/moved/cancelled, pitch.allocated
                 */
                requestId?: string;
                /**
                 * Format: uuid
                 * @description pitch.allocated
                 */
                sessionId?: string;
                /**
                 * Format: date-time
                 * @description meeting.booked/moved, pitch.allocated: in the event's time zone
                 */
                startsAt?: string;
                /** @description meeting.booked/moved/checked-in */
                table?: number;
                /** @description pitch.allocated: place in the line-up */
                position?: number;
                /** @description request.declined/unschedulable, meeting.cancelled */
                reason?: string | null;
            } & {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description In the event's time zone (UTC without an event)
             * @example 2026-10-20T10:00:00+09:00
             */
            createdAt: string;
            /** @example false */
            read: boolean;
        };
        NotificationListPage: {
            items: components["schemas"]["NotificationView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Items across all pages
             * @example 1
             */
            total: number;
            /**
             * @description Unread notifications across all pages
             * @example 2
             */
            unread: number;
        };
        MarkNotificationsReadDto: {
            /** @description Notifications to mark read; all of the caller's when absent */
            ids?: string[];
        };
        MarkNotificationsReadView: {
            /**
             * @description How many notifications changed to read
             * @example 3
             */
            updated: number;
        };
        HealthIndicatorView: {
            /**
             * @example up
             * @enum {string}
             */
            status: "up" | "down";
            /**
             * @description Milliseconds the check took
             * @example 3
             */
            responseTime?: number;
            /** @example connect ECONNREFUSED 127.0.0.1:6379 */
            message?: string;
        };
        HealthView: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok" | "error";
            /**
             * @description Stores that are up
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "up"
             *       }
             *     }
             */
            info: {
                [key: string]: components["schemas"]["HealthIndicatorView"];
            };
            /**
             * @description Stores that are down
             * @example {}
             */
            error: {
                [key: string]: components["schemas"]["HealthIndicatorView"];
            };
            /**
             * @description Every store
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "up"
             *       }
             *     }
             */
            details: {
                [key: string]: components["schemas"]["HealthIndicatorView"];
            };
        };
        HealthDownView: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok" | "error";
            /**
             * @description Stores that are up
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "up"
             *       }
             *     }
             */
            info: {
                [key: string]: components["schemas"]["HealthIndicatorView"];
            };
            /**
             * @description Stores that are down
             * @example {}
             */
            error: {
                [key: string]: components["schemas"]["HealthIndicatorView"];
            };
            /**
             * @description Every store
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "up"
             *       }
             *     }
             */
            details: {
                [key: string]: components["schemas"]["HealthIndicatorView"];
            };
            /** @example 503 */
            statusCode: number;
            /** @example service_unavailable */
            code: string;
            /** @example A dependency is down */
            message: string;
        };
        QueueDashboardSessionView: {
            /**
             * @description Open this in the same browser: the cookie is set for it
             * @example /admin/queues
             */
            url: string;
            /**
             * @description Seconds the cookie stays valid
             * @example 900
             */
            expiresIn: number;
        };
        LatestRunsView: {
            /**
             * Format: uuid
             * @example 0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8
             */
            match: string | null;
            /**
             * Format: uuid
             * @example 1c2d3e4f-5061-4b72-9c83-a4b5c6d7e8f9
             */
            schedule: string | null;
            /**
             * Format: uuid
             * @example null
             */
            ir: string | null;
        };
        MembershipView: {
            /** @example true */
            joined: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    sectors_sectors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectorsView"];
                };
            };
        };
    };
    auth_signup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    accounts_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One schema per role (discriminator `role`): `profile` is that role's profile, null until written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartupMeView"] | components["schemas"]["InvestorMeView"] | components["schemas"]["CorporateMeView"] | components["schemas"]["OrganizerMeView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    accounts_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            /** @description As GET /v1/me */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartupMeView"] | components["schemas"]["InvestorMeView"] | components["schemas"]["CorporateMeView"] | components["schemas"]["OrganizerMeView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    accounts_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                role?: "organizer" | "startup" | "investor" | "corporate";
                status?: "pending" | "active" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of AccountWithProfileView items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountWithProfileViewPage"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    accounts_setStatus: {
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
                "application/json": components["schemas"]["AccountStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    profiles_putStartup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartupProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartupView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    profiles_putInvestor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvestorProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestorView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    profiles_putCorporate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorporateProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorporateView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    profiles_listStartups: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                sector?: "system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum";
                stage?: "pre-seed" | "seed" | "series-a" | "series-b" | "series-c-plus";
                country?: string;
                /** @description Words (Korean or English) that must all appear in name, description or keywords */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of StartupView items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartupViewPage"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    profiles_listInvestors: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                sector?: "system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum";
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of InvestorView items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestorViewPage"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    demands_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                sector?: "system-semiconductor" | "bio-health" | "future-mobility" | "clean-energy" | "robotics" | "ai-big-data" | "cybersecurity-network" | "aerospace-ocean" | "next-gen-nuclear" | "quantum";
                q?: string;
                /** @description Only the demands of this corporate account (e.g. the caller’s own) */
                ownerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of DemandView items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandViewPage"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    demands_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDemandDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    demands_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    demands_remove: {
        parameters: {
            query?: {
                /** @description Required when an organizer removes a company's demand */
                reason?: string;
            };
            header?: never;
            path: {
                id: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    demands_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDemandDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of EventView items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventViewPage"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_listIrSessions: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of IrSessionView items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IrSessionViewPage"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_addIrSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIrSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IrSessionView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_listParticipants: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ParticipantListItemView items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantListItemViewPage"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_join: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinEventDto"];
            };
        };
        responses: {
            /** @description Already a participant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantView"];
                };
            };
            /** @description Joined */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_getAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_setAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvailabilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    matches_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description score: best first */
                sort?: "score";
                /** @description The caller's own decision (organizers: either side's); none = undecided */
                decision?: "interested" | "maybe" | "declined" | "none";
                kind?: "investor" | "demand";
                mutual?: "true" | "false";
                startupId?: string;
                investorId?: string;
                demandId?: string;
            };
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of MatchView items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchViewPage"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    matches_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    matches_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    matches_startRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunQueuedView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    matches_getRun: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchRunView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    matches_declineReasons: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclineReasonsView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    conceptReport_concepts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConceptReportView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    meetingRequests_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                status?: "pending" | "accepted" | "declined" | "withdrawn" | "booked" | "unschedulable" | "cancelled";
                direction?: "sent" | "received";
            };
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of MeetingRequestView items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRequestViewPage"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    meetingRequests_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeetingRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRequestView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    meetingRequests_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRequestView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    meetingRequests_accept: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRequestView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    meetingRequests_decline: {
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
                "application/json": components["schemas"]["DeclineRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRequestView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    meetingRequests_withdraw: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRequestView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    meetingAttendance_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetailView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    meetingRequests_cancel: {
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
            /** @description Cancelled */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    meetingRequests_move: {
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
                "application/json": components["schemas"]["MoveMeetingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    booking_startSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunQueuedView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    booking_getSchedule: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleRunView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    booking_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    booking_capacity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    booking_listPitchRequests: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of IrRequestView items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IrRequestViewPage"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    booking_requestPitch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIrRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IrRequestView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    booking_withdrawPitch: {
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
            /** @description Withdrawn */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    booking_allocate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunQueuedView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    booking_getAllocation: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IrAllocationRunView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    booking_lineup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IrSessionLineupView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    agenda_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    agenda_calendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An RFC 5545 calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    agenda_feed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedLinkView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    agenda_schedule: {
        parameters: {
            query?: {
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or CSV with `?format=csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleView"];
                    "text/csv": string;
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    agenda_board: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleBoardView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    calendarFeed_calendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An RFC 5545 calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    meetingAttendance_checkIn: {
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
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetailView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    meetingAttendance_noShow: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetailView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    meetingAttendance_getOutcome: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    meetingAttendance_putOutcome: {
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
                "application/json": components["schemas"]["OutcomeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    meetingAttendance_listOutcomes: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeListView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    myOutcomes_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description true: meetings with the caller's outcome; false: those still to record */
                recorded?: string;
            };
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of PipelineItemView items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineItemViewPage"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reports_funnel: {
        parameters: {
            query?: {
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or CSV with ?format=csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunnelReportView"];
                    "text/csv": string;
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reports_outcomes: {
        parameters: {
            query?: {
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or CSV with ?format=csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomesReportView"];
                    "text/csv": string;
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reports_noShows: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description true: only no-shows marked by the present party; false: only unmarked ones */
                marked?: string;
            };
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of NoShowItemView items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoShowItemViewPage"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    notifications_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationListPage"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    notifications_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkNotificationsReadDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkNotificationsReadView"];
                };
            };
            /** @description Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large (BODY_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    health_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthView"];
                };
            };
            /** @description A store is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDownView"];
                };
            };
        };
    };
    metrics_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    queueDashboard_openSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard cookie is set (httpOnly, SameSite=Strict, path /admin/queues) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueDashboardSessionView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    latestRuns_latest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LatestRunsView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    membership_membership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipView"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller may see this but not do it (wrong role, pending account, not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, malformed or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
